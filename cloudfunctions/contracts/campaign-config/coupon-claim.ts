import * as z from 'zod';
import { commonFields, templateIn } from './common';
import { templateId, type ConfigIssue } from './primitives';
import { productSchema } from './product';

/** 领券: shoppers claim a coupon from one claimable template. */
export const couponCampaignSchema = z
  .object({
    ...commonFields,
    kind: z.literal('coupon'),
    product: productSchema.optional(),
    claimTemplateId: templateId,
  })
  .strict();

export type CouponCampaign = z.output<typeof couponCampaignSchema>;

export function couponCampaignIssues(c: CouponCampaign): ConfigIssue[] {
  const missing = templateIn(c, c.claimTemplateId, ['claimTemplateId']);
  if (missing) return [missing];
  const t = c.coupons.find((x) => x.id === c.claimTemplateId);
  return t?.claimable
    ? []
    : [{ message: 'the claim template must be claimable', path: ['claimTemplateId'] }];
}
