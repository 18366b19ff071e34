import type { CampaignConfig } from '../../../contracts/campaign-config';
import { campaignFacts } from '../campaign-facts';
import { campaignTexts, type CopyText } from '../campaign-texts';
import type { Finding } from '../finding';
import { checkCopy } from './check-copy';
import type { CopyFacts } from './copy-facts';
import { COPY_RULES } from './copy-rules';

/** Every copy rule over every text a shopper reads, each finding quoting the merchant's words. */
export function copyFindings(config: CampaignConfig): Finding[] {
  return copyFindingsOf(campaignTexts(config), campaignFacts(config));
}

/** The copy rules over these texts, judged against these facts. */
export function copyFindingsOf(texts: readonly CopyText[], facts: CopyFacts): Finding[] {
  const all = texts.map((t) => t.text);
  return texts.flatMap(({ path, text }) =>
    checkCopy(text, facts, all).map((hit) => {
      const rule = COPY_RULES[hit.ruleId];
      return {
        ruleId: hit.ruleId,
        severity: rule.severity,
        path,
        message: rule.message(hit.quote, facts),
        source: rule.source,
        quote: hit.quote,
        rewrite: rule.rewrite(facts),
      };
    }),
  );
}
