import type { CopyFacts } from '../compliance/copy/copy-facts';
import { checkCopy, type CopyHit } from '../compliance/copy/check-copy';
import { COPY_RULES } from '../compliance/copy/copy-rules';

/**
 * The copy rules a post's words cross, errors only: a buyer's recommendation is read by their
 * friends like any campaign copy, so 「转发三个群领红包」 in a post is induced sharing all the
 * same. Warnings (wording a merchant should reconsider) do not refuse a shopper's own words.
 */
export function refusedWords(words: string, facts: CopyFacts): CopyHit[] {
  return checkCopy(words, facts).filter((hit) => COPY_RULES[hit.ruleId].severity === 'error');
}
