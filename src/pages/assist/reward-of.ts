import type { CampaignView } from '../../../cloudfunctions/contracts/campaign';
import { formatCouponValue } from '../../utils/coupon';

/** "¥20": the initiator's reward as the campaign promises it, or null if not known yet. */
export function initiatorRewardValue(campaign: CampaignView | null): string | null {
  if (campaign?.config.kind !== 'assist') return null;
  const { coupons, assist } = campaign.config;
  const template = coupons.find((coupon) => coupon.id === assist.initiatorRewardTemplateId);
  return template ? formatCouponValue(template) : null;
}
