import { campaignConfigSchema, type CampaignConfig } from '../../contracts/campaign-config';
import type { CopyText } from './campaign-texts';
import { checkCompliance } from './compliance-rules';
import { copyFindingsOf } from './copy/copy-findings';
import type { CopyFacts } from './copy/copy-facts';
import type { Finding } from './finding';
import { SOURCES } from './sources';

export interface CampaignCheck {
  config: CampaignConfig | null;
  findings: Finding[];
  ok: boolean;
}

/**
 * A merchant's config, checked in full: the contract (every problem, each with its JSON path)
 * and every compliance rule, so one run shows everything to fix. A config the contract refuses
 * has no settings to judge, so then only its copy is read (every text a shopper would read,
 * found where the contract puts it) against facts that raise no alarm of their own; the rules
 * over settings run once it parses. `ok` means no errors; warnings do not refuse the config.
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
    return {
      config: null,
      findings: [...findings, ...copyFindingsOf(looseTexts(raw), NO_FACTS)],
      ok: false,
    };
  }
  const findings = checkCompliance(parsed.data);
  return { config: parsed.data, findings, ok: findings.every((f) => f.severity !== 'error') };
}

/**
 * What the copy rules may assume of a config that did not parse: nothing that makes a finding
 * by itself (no payment, so 免费 is not judged; helper rewards and random ranges as if set).
 * Rules that need no facts (分享到3个群即可领取, 转发保平安…) judge as usual.
 */
const NO_FACTS: CopyFacts = {
  shopperPays: false,
  stock: [],
  helperReward: true,
  randomDisclosed: true,
};

/** The keys under which the contract keeps copy a shopper reads (see campaign-texts.ts). */
const TEXT_KEYS = new Set([
  'title',
  'summary',
  'name',
  'headline',
  'subheadline',
  'ctaText',
  'issuer',
  'quote',
  'text',
  'label',
  'value',
]);

/**
 * The copy of a config that may be malformed anywhere: every string under a copy key, and
 * every rule, with its path. The mechanics are declarations, not copy, and are left out.
 */
export function looseTexts(raw: unknown): CopyText[] {
  const out: CopyText[] = [];
  const walk = (value: unknown, path: (string | number)[]) => {
    const key = path.at(-1);
    if (typeof value === 'string') {
      if ((typeof key === 'string' && TEXT_KEYS.has(key)) || path[0] === 'rules') {
        if (value) out.push({ path, text: value });
      }
    } else if (Array.isArray(value)) {
      value.forEach((item, i) => walk(item, [...path, i]));
    } else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (path.length === 0 && k === 'mechanics') continue;
        walk(v, [...path, k]);
      }
    }
  };
  walk(raw, []);
  return out;
}
