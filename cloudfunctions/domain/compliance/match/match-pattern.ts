import type { ConceptId } from '../concepts/concepts';
import { findConcept, type Occurrence } from './find-concept';

/**
 * Concepts in reading order within one sentence — 分享 … 3个群 … 送 — each within `gap`
 * normalised characters of the one before.
 */
export interface ConceptPattern {
  seq: readonly ConceptId[];
  /**
   * '-' where the concept must be negated (不分享 … 无法领取), '+' where it must not be, '*' for
   * either (a threat such as 不是中国人 carries its own negation).
   */
  polarity?: readonly ('+' | '-' | '*')[];
  gap?: number;
  /** Concepts that void the match when they stand between its first and last part. */
  notBetween?: readonly ConceptId[];
}

export interface PatternMatch {
  start: number;
  end: number;
  parts: Occurrence[];
}

const DEFAULT_GAP = 16;

/** Occurrences per concept for one sentence, found once however many patterns ask. */
export class Sentence {
  private readonly found = new Map<ConceptId, Occurrence[]>();
  constructor(readonly text: string) {}

  find(id: ConceptId): Occurrence[] {
    let list = this.found.get(id);
    if (!list) {
      list = findConcept(id, this.text);
      this.found.set(id, list);
    }
    return list;
  }
}

/**
 * Each occurrence of the last concept, walked back to the nearest occurrence of each concept
 * before it. The nearest, not any: in 想分享就分享，不分享也照样送 the 送 belongs to 不分享.
 */
export function matchPattern(pattern: ConceptPattern, sentence: Sentence): PatternMatch[] {
  const { seq } = pattern;
  const gap = pattern.gap ?? DEFAULT_GAP;
  const want = (i: number) => pattern.polarity?.[i] ?? '+';
  const matches: PatternMatch[] = [];
  for (const last of sentence.find(seq[seq.length - 1]!)) {
    const parts: Occurrence[] = [last];
    const fits = (i: number, o: Occurrence) => want(i) === '*' || (want(i) === '-') === o.negated;
    let ok = fits(seq.length - 1, last);
    for (let k = seq.length - 2; ok && k >= 0; k -= 1) {
      const next = parts[0]!;
      const before = sentence
        .find(seq[k]!)
        .filter((o) => o.end <= next.start && next.start - o.end <= gap);
      const nearest = before[before.length - 1];
      if (!nearest || !fits(k, nearest)) ok = false;
      else parts.unshift(nearest);
    }
    if (!ok) continue;
    const start = parts[0]!.start;
    const end = last.end;
    const blocked = (pattern.notBetween ?? []).some((id) =>
      sentence.find(id).some((o) => o.start >= parts[0]!.end && o.end <= last.start),
    );
    if (!blocked) matches.push({ start, end, parts });
  }
  return matches;
}
