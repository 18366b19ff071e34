import * as z from 'zod';
import { commonFields } from './common';
import { positiveFen, type ConfigIssue } from './primitives';
import { productSchema } from './product';

/** 拼团: a group of `size` people buys at the group price once it fills. */
export const groupSettingsSchema = z
  .object({
    groupPriceFen: positiveFen.describe('What each member pays once the group forms, in fen'),
    size: z.number().int().min(2).max(50).describe('People a group needs, the leader included'),
    durationHours: z
      .number()
      .int()
      .min(1)
      .max(72)
      .describe('How long a group has to fill up after it is opened'),
    maxLeadsPerUser: z
      .number()
      .int()
      .min(1)
      .max(20)
      .default(1)
      .describe('Groups one person may lead (a group that failed gives its lead back)'),
    onShort: z
      .enum(['fail', 'complete'])
      .default('fail')
      .describe(
        'A group short of people at its deadline fails and its members are refunded, or completes with those who paid (shown on the page)',
      ),
    paymentMinutes: z
      .number()
      .int()
      .min(5)
      .max(60)
      .default(15)
      .describe('How long a seat is held for someone who joined but has not paid'),
    maxHeldSeatsPerPerson: z
      .number()
      .int()
      .min(1)
      .max(10)
      .default(1)
      .describe('Groups of this campaign one person may hold an unpaid seat in at once'),
  })
  .strict();

export const groupCampaignSchema = z
  .object({
    ...commonFields,
    kind: z.literal('group'),
    product: productSchema,
    group: groupSettingsSchema,
  })
  .strict();

export type GroupSettings = z.output<typeof groupSettingsSchema>;
export type GroupCampaign = z.output<typeof groupCampaignSchema>;

export function groupIssues(c: GroupCampaign): ConfigIssue[] {
  return c.group.groupPriceFen > c.product.priceFen
    ? [
        {
          message: 'group.groupPriceFen must not exceed product.priceFen',
          path: ['group', 'groupPriceFen'],
        },
      ]
    : [];
}
