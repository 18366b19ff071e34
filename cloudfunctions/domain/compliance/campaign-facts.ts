import type { CampaignConfig, CampaignKind } from '../../contracts/campaign-config';
import type { CopyFacts, StockFact } from './copy/copy-facts';

type ConfigOf<K extends CampaignKind> = Extract<CampaignConfig, { kind: K }>;

/**
 * What each kind of campaign backs. A new kind adds a row (the `Record` makes it required):
 * an invite-code campaign, say, returns its batch sizes from `stock` so 仅剩 N 个邀请码 is
 * checked against the batch the config really has.
 */
interface KindFacts<K extends CampaignKind> {
  shopperPays(config: ConfigOf<K>): boolean;
  /** Limited quantities beyond the common `stock`, which copy may name. */
  stock(config: ConfigOf<K>): StockFact[];
  helperReward(config: ConfigOf<K>): boolean;
  counts(config: ConfigOf<K>): Pick<CopyFacts, 'friendCounts' | 'groupSizes'>;
}

const helpRewarded = (config: CampaignConfig) =>
  config.mechanics.rewards.some((r) => r.trigger === 'friend-help');

export const KIND_FACTS: { [K in CampaignKind]: KindFacts<K> } = {
  bargain: {
    // Only a bargain down to ¥0 is free; every other kind's reward is a discount.
    shopperPays: (c) => c.bargain.floorFen > 0,
    stock: () => [],
    helperReward: helpRewarded,
    counts: (c) => ({ friendCounts: [c.bargain.helpsNeeded] }),
  },
  assist: {
    shopperPays: () => true,
    stock: () => [],
    helperReward: (c) => c.assist.helperRewardTemplateId !== undefined || helpRewarded(c),
    counts: (c) => ({ friendCounts: [c.assist.helpsNeeded] }),
  },
  coupon: {
    shopperPays: () => true,
    stock: (c) => {
      const template = c.coupons.find((t) => t.id === c.claimTemplateId);
      return template ? [{ count: template.budget, what: '券总量（budget）' }] : [];
    },
    helperReward: helpRewarded,
    counts: () => ({}),
  },
  group: {
    shopperPays: () => true,
    stock: () => [],
    helperReward: helpRewarded,
    counts: (c) => ({ groupSizes: [c.group.size], friendCounts: [c.group.size - 1] }),
  },
  fcode: {
    // A code grants a purchase (at a special price, or early): the shopper still pays.
    shopperPays: () => true,
    // An F码 campaign's batches are its stock: each one's size is fixed when it is released.
    stock: (c) =>
      c.fcode.batches.map((b) => ({ count: b.size, what: `${b.title}（fcode.batches）` })),
    helperReward: helpRewarded,
    counts: () => ({}),
  },
};

/** The row for this config's kind (methods are bivariant, so one row serves every kind). */
function kindFacts(config: CampaignConfig): KindFacts<CampaignKind> {
  return KIND_FACTS[config.kind] as KindFacts<CampaignKind>;
}

/** The facts a config backs, for the copy rules. */
export function campaignFacts(config: CampaignConfig): CopyFacts {
  const kind = kindFacts(config);
  const common: StockFact[] =
    config.stock !== undefined ? [{ count: config.stock, what: '库存（stock）' }] : [];
  const packet = config.packet?.amounts;
  return {
    shopperPays: kind.shopperPays(config),
    stock: [...common, ...kind.stock(config)],
    helperReward: kind.helperReward(config),
    ...kind.counts(config),
    randomDisclosed:
      (packet?.kind === 'random' && packet.disclosed) ||
      config.mechanics.randomOutcome?.disclosed === true,
  };
}
