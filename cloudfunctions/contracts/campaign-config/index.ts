import * as z from 'zod';
import { assistCampaignSchema, assistIssues } from './assist';
import { bargainCampaignSchema, bargainIssues } from './bargain';
import { circleIssues } from './circle';
import { commonIssues } from './common';
import { couponCampaignIssues, couponCampaignSchema } from './coupon-claim';
import { fcodeCampaignSchema, fcodeIssues } from './fcode';
import { groupCampaignSchema, groupIssues } from './group';
import { packetIssues } from './packet';
import type { ConfigIssue } from './primitives';

/**
 * A campaign's config, as a merchant writes it: one schema per kind (its fields and its
 * cross-field checks in its own file), the fields and checks every kind shares in `common`,
 * and the building blocks in `primitives`.
 */
export const campaignConfigSchema = z
  .discriminatedUnion('kind', [
    bargainCampaignSchema,
    assistCampaignSchema,
    couponCampaignSchema,
    groupCampaignSchema,
    fcodeCampaignSchema,
  ])
  .superRefine((c, ctx) => {
    for (const { message, path } of [
      ...commonIssues(c),
      ...kindIssues(c),
      ...packetIssues(c),
      ...circleIssues(c),
    ]) {
      ctx.addIssue({ code: 'custom', message, path });
    }
  });

export type CampaignConfig = z.output<typeof campaignConfigSchema>;
export type CampaignConfigInput = z.input<typeof campaignConfigSchema>;
export type CampaignKind = CampaignConfig['kind'];

function kindIssues(c: CampaignConfig): ConfigIssue[] {
  switch (c.kind) {
    case 'bargain':
      return bargainIssues(c);
    case 'assist':
      return assistIssues(c);
    case 'coupon':
      return couponCampaignIssues(c);
    case 'group':
      return groupIssues(c);
    case 'fcode':
      return fcodeIssues(c);
  }
}

export * from './assist';
export * from './bargain';
export * from './coupon-claim';
export * from './coupons';
export * from './fcode';
export * from './group';
export * from './invite';
export * from './landing';
export * from './mechanics';
export * from './packet';
export * from './circle';
export * from './primitives';
export * from './product';
