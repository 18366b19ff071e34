import type { CampaignConfig, CouponTemplateConfig } from '../../contracts/campaign-config';

/** A coupon template as the store keeps it; `budget: null` means funded by the campaign's rules. */
export interface CouponTemplate extends Omit<CouponTemplateConfig, 'budget'> {
  campaignId: string;
  budget: number | null;
}

export function bargainRewardTemplateId(campaignId: string): string {
  return `${campaignId}:reward`;
}

/**
 * The templates a campaign needs: the ones it declares, plus for a bargain the reward worth
 * price − floor, bound to the product. That reward has no budget of its own: a bargain's
 * reward is promised when it starts, and starts are limited per person by the campaign.
 */
export function campaignTemplates(config: CampaignConfig): CouponTemplate[] {
  const declared = config.coupons.map((t) => ({ ...t, campaignId: config.id }));
  if (config.kind !== 'bargain') return declared;
  const { bargain, product } = config;
  return [
    ...declared,
    {
      id: bargainRewardTemplateId(config.id),
      campaignId: config.id,
      title: `${product.name} 砍价券`,
      valueFen: bargain.priceFen - bargain.floorFen,
      minSpendFen: 0,
      validity: { kind: 'days', days: bargain.rewardValidDays },
      budget: null,
      perUserLimit: bargain.maxStartsPerUser,
      claimable: false,
      productId: product.id,
    },
  ];
}
