import type { ConceptId } from '../concepts/concepts';
import type { ConceptPattern, PatternMatch, Sentence } from '../match/match-pattern';
import type { CopyRuleId } from '../rule-ids';
import type { CopyFacts } from './copy-facts';

/** A match, with what a rule needs to judge it against the config. */
export interface CopyMatch extends PatternMatch {
  sentence: Sentence;
}

/**
 * One copy rule, as data: the patterns that catch it, what makes the same words honest, and
 * what to tell the merchant. Add a pattern row to catch a new phrasing; add a word to a
 * concept (concepts/) to teach every rule that uses it.
 */
export interface CopyRule {
  severity: 'error' | 'warning';
  source: string;
  patterns: readonly ConceptPattern[];
  /** Stated anywhere in the same text (or disclosed by the config), this makes it honest. */
  disclosedBy?: ConceptId;
  /** A more specific finding on the same sentence replaces these. */
  supersedes?: readonly CopyRuleId[];
  /** Whether the config leaves this match untrue; absent means always a problem. */
  violates?: (match: CopyMatch, facts: CopyFacts) => boolean;
  /** Only checked when the facts make it relevant (e.g. free claims when the shopper pays). */
  appliesTo?: (facts: CopyFacts) => boolean;
  message: (quote: string, facts: CopyFacts) => string;
  rewrite: (facts: CopyFacts) => string;
}
