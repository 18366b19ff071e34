import type { CampaignConfig } from '../../../contracts/campaign-config';
import { campaignFacts } from '../campaign-facts';
import { campaignTexts } from '../campaign-texts';
import type { Finding } from '../finding';
import { checkCopy } from './check-copy';
import { COPY_RULES } from './copy-rules';

/** Every copy rule over every text a shopper reads, each finding quoting the merchant's words. */
export function copyFindings(config: CampaignConfig): Finding[] {
  const facts = campaignFacts(config);
  const texts = campaignTexts(config);
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
