import type { CampaignConfig } from '../../contracts/campaign-config';

type Terms = Record<string, unknown>;

/**
 * What a campaign promised the people who took part: its kind, the product and its price, the
 * flow's settings (prices, floor, helps needed, group size and price…), the reward templates'
 * terms and the packet's contents. Copy, images, rules text and budgets are not promises to a
 * participant: they may still change (copy is re-checked for compliance).
 */
export function promisedTerms(config: CampaignConfig): Terms {
  const terms: Terms = {
    kind: config.kind,
    product: config.product ? { id: config.product.id, priceFen: config.product.priceFen } : null,
    packet: config.packet ?? null,
    mechanics: config.mechanics,
  };
  // Configs stored before restartAfterExpiry existed read as its default: lapsed starts are
  // given back either way, so saving them again breaks nothing anyone was promised.
  if (config.kind === 'bargain')
    terms.bargain = {
      ...config.bargain,
      restartAfterExpiry: config.bargain.restartAfterExpiry !== false,
    };
  if (config.kind === 'assist')
    terms.assist = {
      ...config.assist,
      restartAfterExpiry: config.assist.restartAfterExpiry !== false,
    };
  if (config.kind === 'group') terms.group = config.group;
  if (config.kind === 'coupon') terms.claimTemplateId = config.claimTemplateId;
  // Batches are left to the store: a released one is fixed, a new one is a new release.
  if (config.kind === 'fcode') {
    const { batches: _batches, ...fcode } = config.fcode;
    terms.fcode = fcode;
  }
  const coupons: Terms = {};
  for (const { title: _title, budget: _budget, ...t } of config.coupons) coupons[t.id] = t;
  terms.coupons = coupons;
  return terms;
}

/**
 * The paths (e.g. `bargain.helpsNeeded`, `coupons.demo-reward.valueFen`) where `after` breaks
 * a promise `before` made; empty when only copy changed.
 */
export function brokenPromises(before: CampaignConfig, after: CampaignConfig): string[] {
  const changed: string[] = [];
  diff(promisedTerms(before), promisedTerms(after), '', changed);
  return changed;
}

function isPlainObject(value: unknown): value is Terms {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function diff(a: unknown, b: unknown, path: string, out: string[]): void {
  if (isPlainObject(a) && isPlainObject(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      diff(a[key], b[key], path ? `${path}.${key}` : key, out);
    }
    return;
  }
  if (JSON.stringify(a) !== JSON.stringify(b)) out.push(path);
}
