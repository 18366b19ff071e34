import * as z from 'zod';
import { commonFields, restartAfterExpiry, templateIn } from './common';
import { templateId, type ConfigIssue } from './primitives';
import { productSchema } from './product';

/** 助力: friends' helps earn the initiator a coupon (and, optionally, each helper one). */
export const assistSettingsSchema = z
  .object({
    helpsNeeded: z.number().int().min(1).max(100),
    durationHours: z.number().int().min(1).max(720),
    maxStartsPerUser: z.number().int().min(1).max(100).default(1),
    restartAfterExpiry,
    helperDailyLimit: z.number().int().min(1).max(100).default(3),
    newUsersOnly: z.boolean().default(false),
    initiatorRewardTemplateId: templateId,
    helperRewardTemplateId: templateId.optional(),
  })
  .strict();

export const assistCampaignSchema = z
  .object({
    ...commonFields,
    kind: z.literal('assist'),
    product: productSchema.optional(),
    assist: assistSettingsSchema,
  })
  .strict();

export type AssistSettings = z.output<typeof assistSettingsSchema>;
export type AssistCampaign = z.output<typeof assistCampaignSchema>;

export function assistIssues(c: AssistCampaign): ConfigIssue[] {
  const issues: ConfigIssue[] = [];
  for (const key of ['initiatorRewardTemplateId', 'helperRewardTemplateId'] as const) {
    const id = c.assist[key];
    const missing = id === undefined ? undefined : templateIn(c, id, ['assist', key]);
    if (missing) issues.push(missing);
  }
  // Every assist a person may start promises its reward: the per-user limit must allow it.
  const reward = c.coupons.find((t) => t.id === c.assist.initiatorRewardTemplateId);
  if (reward && reward.perUserLimit < c.assist.maxStartsPerUser) {
    issues.push({
      message: 'the initiator reward’s perUserLimit must be at least assist.maxStartsPerUser',
      path: ['assist', 'initiatorRewardTemplateId'],
    });
  }
  return issues;
}
