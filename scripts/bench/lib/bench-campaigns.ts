import {
  campaignConfigSchema,
  type CampaignConfig,
} from '../../../cloudfunctions/contracts/campaign-config';

let seq = 0;

/** A campaign id of our own per run (lowercase, ≤ 48 chars), so runs never share rows. */
export function benchCampaignId(tag: string): string {
  seq += 1;
  return `bench-${tag}-${process.pid.toString(36)}-${Date.now().toString(36)}-${seq}`;
}

/**
 * The biggest bargain the contract allows: 100 helps from a large price, so a hot bargain
 * absorbs many helps before a new one must be started, and each help cuts at least 1 fen.
 */
export function bigBargainCampaign(id: string): CampaignConfig {
  const priceFen = 10_000_000;
  return campaignConfigSchema.parse({
    id,
    kind: 'bargain',
    title: '压测砍价',
    rules: ['压测用活动'],
    product: { id: 'bench-product', name: '压测商品', priceFen },
    bargain: {
      priceFen,
      floorFen: 100,
      helpsNeeded: 100,
      durationHours: 24,
      maxStartsPerUser: 1,
      helperDailyLimit: 3,
    },
  });
}

/** A claimable coupon with a fixed budget, one per person. */
export function budgetCouponCampaign(id: string, budget: number): CampaignConfig {
  return campaignConfigSchema.parse({
    id,
    kind: 'coupon',
    title: '压测领券',
    rules: ['每人限领一张'],
    claimTemplateId: id,
    coupons: [
      {
        id,
        title: '压测券',
        valueFen: 1000,
        validity: { kind: 'days', days: 30 },
        budget,
        perUserLimit: 1,
        claimable: true,
      },
    ],
  });
}

/** A group buy of `size` people with a packet of `packetSize` coupons after each order. */
export function rushGroupCampaign(id: string, size: number, packetSize: number): CampaignConfig {
  return campaignConfigSchema.parse({
    id,
    kind: 'group',
    title: '压测拼团',
    rules: ['压测用活动'],
    product: { id: 'bench-product', name: '压测商品', priceFen: 9900 },
    group: { groupPriceFen: 4900, size, durationHours: 24 },
    packet: {
      title: '压测好友券',
      amounts: { kind: 'even', totalFen: packetSize * 100, count: packetSize },
      claimsPerDay: 20,
    },
  });
}
