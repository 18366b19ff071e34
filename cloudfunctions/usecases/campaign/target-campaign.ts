import type { CampaignConfig } from '../../contracts/campaign-config';
import type { TargetCampaign } from '../../contracts/target-campaign';

/** The campaign as a target's page shows it: from the config the action read anyway. */
export function targetCampaignOf(config: CampaignConfig): TargetCampaign {
  const { product } = config;
  const reward =
    config.kind === 'assist'
      ? config.coupons.find((c) => c.id === config.assist.initiatorRewardTemplateId)
      : undefined;
  return {
    title: config.title,
    shareTitle: config.share.title ?? null,
    shareImageUrl: config.share.imageUrl ?? product?.imageUrl ?? null,
    product: product
      ? { id: product.id, name: product.name, imageUrl: product.imageUrl ?? null }
      : null,
    promisedReward: reward
      ? {
          ...(reward.valueFen !== undefined ? { valueFen: reward.valueFen } : {}),
          ...(reward.percentOff !== undefined ? { percentOff: reward.percentOff } : {}),
          minSpendFen: reward.minSpendFen,
        }
      : null,
    packet: config.packet !== undefined,
  };
}
