import type { CampaignConfig } from '../../contracts/campaign-config';
import type { ConfigRule } from './config-rule';
import { copyFindings } from './copy/copy-findings';
import { DISCLOSURE_RULES } from './disclosure-rules';
import { FCODE_FALSE_CLAIMS, fcodeScarcityMismatch } from './fcode-rules';
import type { Finding } from './finding';
import { MECHANICS_RULES } from './mechanics-rules';
import { PROMISE_RULES } from './promise-rules';
import type { ConfigRuleId } from './rule-ids';

export type { ComplianceRuleId } from './rule-ids';

/**
 * The config rules: a `Record` over the closed set of ids, so a rule that is named but not
 * written fails to compile. The copy rules live in copy/copy-rules.ts. Errors refuse the
 * config; warnings are shown to the merchant.
 */
export const CONFIG_RULES: Record<ConfigRuleId, ConfigRule> = {
  ...MECHANICS_RULES,
  ...DISCLOSURE_RULES,
  ...PROMISE_RULES,
  'fcode-scarcity-mismatch': {
    severity: 'error',
    source: FCODE_FALSE_CLAIMS,
    check: fcodeScarcityMismatch,
  },
};

/** Every rule over a valid config — what it does, then what it says — errors first. */
export function checkCompliance(config: CampaignConfig): Finding[] {
  const findings: Finding[] = (Object.keys(CONFIG_RULES) as ConfigRuleId[]).flatMap((ruleId) => {
    const rule = CONFIG_RULES[ruleId];
    return rule
      .check(config)
      .map((f) => ({ ruleId, severity: rule.severity, source: rule.source, ...f }));
  });
  findings.push(...copyFindings(config));
  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
