import type { ConceptId } from '../concepts/concepts';
import { compileConcept } from './compile-concept';

/** Where a concept occurs in one sentence of normalised text. */
export interface Occurrence {
  start: number;
  end: number;
  text: string;
  /** A negation (无需, 不用, 没有任何…) stands right before it. */
  negated: boolean;
}

/** Every match of `pattern`, overlapping ones included (exceptions may overlap each other). */
function allMatches(pattern: RegExp, text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = new RegExp(pattern.source, 'g');
  for (let from = 0; from <= text.length;) {
    re.lastIndex = from;
    const m = re.exec(text);
    if (!m) break;
    out.push([m.index, m.index + m[0].length]);
    from = m.index + 1;
  }
  return out;
}

function rawOccurrences(id: ConceptId, sentence: string): [number, number][] {
  const { terms, except } = compileConcept(id);
  const excepted = except ? allMatches(except, sentence) : [];
  const found: [number, number][] = [];
  for (const m of sentence.matchAll(new RegExp(terms.source, 'g'))) {
    const start = m.index;
    const end = start + m[0].length;
    if (end === start) continue;
    // An exception that overlaps the match voids it: 还差2人 voids 2人成团.
    if (excepted.some(([s, e]) => s < end && start < e)) continue;
    found.push([start, end]);
  }
  return found;
}

/** A negation may be followed by a word or two before what it negates: 不设任何奖励. */
const NEGATION_REACH = 2;
/**
 * Parts of one phrase stay one occurrence — 获得任何奖励 is one reward, negated or not — unless
 * a negation or a comma stands between them (分享就分享，不分享 is two).
 */
const MERGE_GAP = 2;
const MERGE_BREAK = /[,、:]/;

export function findConcept(id: ConceptId, sentence: string): Occurrence[] {
  const negations = id === 'negation' ? [] : rawOccurrences('negation', sentence);
  const merged: [number, number][] = [];
  for (const [start, end] of rawOccurrences(id, sentence)) {
    const last = merged[merged.length - 1];
    const joins =
      last &&
      start - last[1] <= MERGE_GAP &&
      !MERGE_BREAK.test(sentence.slice(last[1], start)) &&
      !negations.some(([s, e]) => s >= last[1] && e <= start);
    if (last && joins) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged.map(([start, end]) => ({
    start,
    end,
    text: sentence.slice(start, end),
    negated: negations.some(([s, e]) => e <= start && start - e <= NEGATION_REACH && s < start),
  }));
}
