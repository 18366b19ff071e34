import { campaignConfigSchema, type CampaignConfig } from '../../contracts/campaign-config';
import { checkCompliance } from './compliance-rules';
import type { Finding } from './finding';
import { SOURCES } from './sources';

export interface CampaignCheck {
  config: CampaignConfig | null;
  findings: Finding[];
  ok: boolean;
}

/**
 * A merchant's config, checked in full: the contract first (every problem, each with its JSON
 * path), then — if it is well-formed — every compliance rule. `ok` means no errors; warnings
 * are shown but do not refuse the config.
 */
export function checkCampaign(raw: unknown): CampaignCheck {
  const parsed = campaignConfigSchema.safeParse(raw);
  if (!parsed.success) {
    const findings = parsed.error.issues.map<Finding>((issue) => ({
      ruleId: 'schema',
      severity: 'error',
      path: issue.path.map((key) => (typeof key === 'number' ? key : String(key))),
      message: issue.message,
      source: SOURCES.contract,
    }));
    return { config: null, findings, ok: false };
  }
  const findings = checkCompliance(parsed.data);
  return { config: parsed.data, findings, ok: findings.every((f) => f.severity !== 'error') };
}
