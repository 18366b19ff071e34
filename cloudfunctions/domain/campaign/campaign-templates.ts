import {
  packetTemplateId,
  type CampaignConfig,
  type CouponTemplateConfig,
} from '../../contracts/campaign-config';
import { packetDisclosure } from '../packet/packet-amounts';

/** A coupon template as the store keeps it; `budget: null` means funded by the campaign's rules. */
export interface CouponTemplate extends Omit<CouponTemplateConfig, 'budget'> {
  campaignId: string;
  budget: number | null;
}

export function bargainRewardTemplateId(campaignId: string): string {
  return `${campaignId}:reward`;
}

/** Packets are limited by orders and per-day claims, not by a lifetime count per person. */
const PACKET_PER_USER_LIMIT = 100_000;

/**
 * The templates a campaign needs: the ones it declares; for a bargain the reward worth
 * price − floor, bound to the product (no budget of its own: a bargain's reward is promised
 * when it starts, and starts are limited per person by the campaign); and when it has packets,
 * the template their coupons come from (each coupon carries its own amount; every packet holds
 * a fixed number of them, so the template needs no budget either).
 */
export function campaignTemplates(config: CampaignConfig): CouponTemplate[] {
  const declared = config.coupons.map((t) => ({ ...t, campaignId: config.id }));
  return [...declared, ...bargainReward(config), ...packetTemplate(config)];
}

function packetTemplate(config: CampaignConfig): CouponTemplate[] {
  const { packet } = config;
  if (!packet) return [];
  return [
    {
      id: packetTemplateId(config.id),
      campaignId: config.id,
      title: packet.title,
      // Stands for the largest coupon; each issued coupon carries its slot's own amount.
      valueFen: packetDisclosure(packet.amounts, { forTemplate: true }).maxFen ?? 1,
      minSpendFen: packet.minSpendFen,
      validity: { kind: 'days', days: packet.validDays },
      budget: null,
      perUserLimit: PACKET_PER_USER_LIMIT,
      claimable: false,
      productId: packet.productId,
    },
  ];
}

function bargainReward(config: CampaignConfig): CouponTemplate[] {
  if (config.kind !== 'bargain') return [];
  const { bargain, product } = config;
  return [
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
