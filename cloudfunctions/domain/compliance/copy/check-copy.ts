import { findConcept } from '../match/find-concept';
import { Sentence, matchPattern } from '../match/match-pattern';
import { normalizeText, originalSpan } from '../text/normalize-text';
import type { CopyRuleId } from '../rule-ids';
import type { CopyFacts } from './copy-facts';
import type { CopyMatch } from './copy-rule';
import { COPY_RULES } from './copy-rules';

/** One rule crossed by one piece of copy, quoted in the merchant's own characters. */
export interface CopyHit {
  ruleId: CopyRuleId;
  quote: string;
  /** Where the quote is in the original text. */
  start: number;
  end: number;
}

/** Rules read sentence by sentence: a share in one sentence and a gift in the next are two ideas. */
const SENTENCE_END = /[。!?;\n]/;

function sentences(text: string): { offset: number; sentence: Sentence }[] {
  const out: { offset: number; sentence: Sentence }[] = [];
  let offset = 0;
  for (const part of text.split(SENTENCE_END)) {
    if (part) out.push({ offset, sentence: new Sentence(part) });
    offset += part.length + 1;
  }
  return out;
}

/**
 * Every copy rule over one text: at most one hit per rule (the first), more specific rules
 * replacing the general ones they supersede in the same sentence. `context` holds the other
 * texts the shopper reads with it (the rules), where a disclosure may stand.
 */
export function checkCopy(
  text: string,
  facts: CopyFacts,
  context: readonly string[] = [],
): CopyHit[] {
  const normal = normalizeText(text);
  const disclosedIn = [normal.text, ...context.map((t) => normalizeText(t).text)];
  const bySentence = sentences(normal.text).map(({ offset, sentence }) => {
    const found = new Map<CopyRuleId, CopyMatch>();
    for (const ruleId of Object.keys(COPY_RULES) as CopyRuleId[]) {
      const rule = COPY_RULES[ruleId];
      if (rule.appliesTo && !rule.appliesTo(facts)) continue;
      const disclosure = rule.disclosedBy;
      if (disclosure && disclosedIn.some((t) => findConcept(disclosure, t).length > 0)) continue;
      const matches = rule.patterns
        .flatMap((p) => matchPattern(p, sentence))
        .map((m) => ({ ...m, sentence }))
        .filter((m) => !rule.violates || rule.violates(m, facts))
        .sort((a, b) => a.start - b.start);
      if (matches[0]) found.set(ruleId, matches[0]);
    }
    for (const ruleId of [...found.keys()]) {
      for (const replaced of COPY_RULES[ruleId].supersedes ?? []) found.delete(replaced);
    }
    return { offset, found };
  });
  const hits = new Map<CopyRuleId, CopyHit>();
  for (const { offset, found } of bySentence) {
    for (const [ruleId, m] of found) {
      if (hits.has(ruleId)) continue;
      const from = offset + m.start;
      const to = offset + m.end;
      hits.set(ruleId, {
        ruleId,
        quote: originalSpan(normal, from, to),
        start: normal.starts[from]!,
        end: normal.ends[to - 1]!,
      });
    }
  }
  return [...hits.values()];
}
