import { NUMERAL_CHARS, parseChineseNumber } from './chinese-number';
import { T2S_FROM, T2S_TO } from './t2s-table';

/**
 * Copy as the rules read it, with a way back to the merchant's own characters: `starts[i]` and
 * `ends[i]` are where normalised character i came from in the original text.
 */
export interface NormalText {
  original: string;
  text: string;
  starts: number[];
  ends: number[];
}

const T2S_TARGETS = [...T2S_TO];
const T2S = new Map<string, string>([...T2S_FROM].map((from, i) => [from, T2S_TARGETS[i]!]));

/** Marks that mean "like" and carry the meaning of the word they stand for. */
const PICTOGRAPH_WORDS: Record<string, string> = { '👍': '赞', '❤': '心' };

/** Separators that merchants scatter between words: spaces, emoji, decorations, quotes. */
const NOISE =
  /[\s\p{Extended_Pictographic}\p{So}\p{Sk}\u3000·•・*_|/\\`'"“”‘’「」『』【】〔〕《》〈〉()（）[\]{}<>…]/u;

/** The zero-width joiner and variation selector inside emoji sequences. */
const JOINERS = new Set(['\u200d', '\ufe0f']);

function toHalfWidth(ch: string): string {
  const code = ch.codePointAt(0)!;
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCodePoint(code - 0xfee0);
  if (ch === '\u3000') return ' ';
  if (ch === '￥') return '¥';
  return ch;
}

/**
 * Full-width → half-width, traditional → simplified, lower-case Latin, noise between words
 * dropped, Chinese numerals → digits (三个群 → 3个群). The rules' own words go through the
 * same function, so both sides always compare alike.
 */
export function normalizeText(original: string): NormalText {
  const chars: { ch: string; start: number; end: number }[] = [];
  let offset = 0;
  for (const raw of original) {
    const start = offset;
    offset += raw.length;
    let ch = toHalfWidth(raw);
    ch = PICTOGRAPH_WORDS[ch] ?? ch;
    if (NOISE.test(ch) || JOINERS.has(ch)) continue;
    ch = T2S.get(ch) ?? ch;
    ch = ch.toLowerCase();
    chars.push({ ch, start, end: offset });
  }
  const out: NormalText = { original, text: '', starts: [], ends: [] };
  const push = (text: string, start: number, end: number) => {
    for (const ch of text) {
      out.text += ch;
      out.starts.push(start);
      out.ends.push(end);
    }
  };
  for (let i = 0; i < chars.length;) {
    if (NUMERAL_CHARS.includes(chars[i]!.ch)) {
      let j = i;
      while (j < chars.length && NUMERAL_CHARS.includes(chars[j]!.ch)) j += 1;
      const run = chars.slice(i, j);
      const value = parseChineseNumber(run.map((c) => c.ch).join(''));
      if (value !== null) {
        push(String(value), run[0]!.start, run[run.length - 1]!.end);
        i = j;
        continue;
      }
    }
    const c = chars[i]!;
    push(c.ch, c.start, c.end);
    i += 1;
  }
  return out;
}

/** The merchant's own characters behind normalised characters [from, to). */
export function originalSpan(normal: NormalText, from: number, to: number): string {
  if (to <= from) return '';
  return normal.original.slice(normal.starts[from], normal.ends[to - 1]);
}
