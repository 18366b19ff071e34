import * as z from 'zod';
import { targetCampaignSchema } from './target-campaign';
import { defineContract } from './contract';
import { campaignId, isoDateTime } from './campaign-config';
import { couponViewSchema } from './coupon';
import {
  HELP_REFUSALS,
  START_REFUSALS,
  helperViewSchema,
  helpStatusSchema,
  viewerSchema,
} from './help';

export const assistId = z.string().regex(/^ast_[0-9A-Za-z]{16}$/, 'an assist id (ast_…)');

export const assistViewSchema = z
  .object({
    id: assistId,
    campaignId,
    status: helpStatusSchema,
    helpsNeeded: z.number().int(),
    helpsDone: z.number().int(),
    startedAt: isoDateTime,
    endsAt: isoDateTime,
    completedAt: isoDateTime.nullable(),
    initiatorName: z.string(),
    helpers: z.array(helperViewSchema),
    viewer: viewerSchema,
    /** The initiator's reward once earned; only the initiator sees it. */
    reward: couponViewSchema.nullable(),
    /** What the page shows of the campaign: it loads with this one call. */
    campaign: targetCampaignSchema,
    serverNow: isoDateTime,
  })
  .strict();

export const assistContract = defineContract('assist', {
  start: {
    input: z.object({ campaignId }).strict(),
    output: z.object({ assist: assistViewSchema, created: z.boolean() }).strict(),
    refusals: [...START_REFUSALS, 'BUDGET_EXHAUSTED'],
  },
  help: {
    input: z.object({ assistId }).strict(),
    output: z
      .object({
        assist: assistViewSchema,
        /** The helper's own thank-you coupon, or why there is none (e.g. CLAIM_LIMIT). */
        helperReward: z
          .union([
            z.object({ ok: z.literal(true), coupon: couponViewSchema }).strict(),
            z
              .object({
                ok: z.literal(false),
                code: z.enum(['BUDGET_EXHAUSTED', 'CLAIM_LIMIT', 'NOT_FOUND']),
              })
              .strict(),
          ])
          .nullable(),
      })
      .strict(),
    refusals: HELP_REFUSALS,
  },
  get: {
    input: z.object({ assistId }).strict(),
    output: z.object({ assist: assistViewSchema }).strict(),
    refusals: ['NOT_FOUND'],
  },
  mine: {
    input: z.object({ campaignId: campaignId.optional() }).strict(),
    output: z.object({ assists: z.array(assistViewSchema) }).strict(),
    refusals: [],
  },
});

export type AssistView = z.output<typeof assistViewSchema>;
export type AssistStartResult = z.output<typeof assistContract.actions.start.output>;
export type AssistHelpResult = z.output<typeof assistContract.actions.help.output>;
export type AssistGetResult = z.output<typeof assistContract.actions.get.output>;
export type AssistMineResult = z.output<typeof assistContract.actions.mine.output>;
