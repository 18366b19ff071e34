import { normalizeText } from '../compliance/text/normalize-text';

/**
 * Chinese has no spaces between words, so the circle's search index is made of character
 * n-grams, built here (not by a database extension) so PGlite and the server index alike:
 * every bigram of the text, and every CJK character alone, so that a 1-character query (茶)
 * has an entry to find. Latin letters and digits get no unigrams: a 1-letter query is noise.
 * The text goes through the compliance normaliser first (full-width → half-width, traditional
 * → simplified, lower case, separators dropped), and so does every query, so 保溫杯 finds 保温杯.
 */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Punctuation and symbols separate words as spaces do: no gram or term spans them. */
const BREAKS = /[\p{P}\p{S}]+/u;

/** The text as the index and the queries compare it: normalised runs between breaks. */
export function searchRuns(text: string): string[] {
  return normalizeText(text)
    .text.split(BREAKS)
    .filter((run) => run.length > 0);
}

/** The grams of normalised runs; each run on its own (no bigram spans two runs). */
export function gramsOf(parts: readonly string[]): string[] {
  const grams = new Set<string>();
  for (const part of parts) {
    const chars = Array.from(part);
    chars.forEach((ch, i) => {
      if (CJK.test(ch)) grams.add(ch);
      const next = chars[i + 1];
      if (next !== undefined) grams.add(ch + next);
    });
  }
  return [...grams].sort();
}

/** What a post is indexed by: its product name and its words, normalised, and their grams. */
export function postSearchIndex(
  productName: string,
  words: string,
): {
  text: string;
  grams: string[];
} {
  const runs = [...searchRuns(productName), ...searchRuns(words)];
  // Normalised runs hold no spaces, so no query term can match across two of them.
  return { text: runs.join(' '), grams: gramsOf(runs) };
}

export interface SearchQuery {
  /** Normalised terms: a post matches when it contains every one (each as a substring). */
  terms: string[];
  /** Grams every matching post must have: what the index is asked for. */
  grams: string[];
}

/**
 * A shopper's query, split on spaces into terms that must all occur. A term's bigrams (or, for
 * a single character, the character itself) narrow the candidates through the index; the
 * substring test on the text then drops posts that have the bigrams but not in a row. Null when
 * nothing searchable is left (only separators, or a single Latin letter).
 */
export function parseSearchQuery(query: string): SearchQuery | null {
  const terms = [...new Set(query.split(/\s+/u).flatMap(searchRuns))];
  const grams = new Set<string>();
  for (const term of terms) {
    const chars = Array.from(term);
    if (chars.length === 1) {
      if (!CJK.test(term)) return null;
      grams.add(term);
    } else {
      for (const g of gramsOf([term])) if (Array.from(g).length === 2) grams.add(g);
    }
  }
  if (terms.length === 0) return null;
  return { terms, grams: [...grams].sort() };
}
