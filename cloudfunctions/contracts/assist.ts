import * as z from 'zod';
import { campaignId } from './campaign-config';
import { couponViewSchema } from './coupon';
import { helperViewSchema, helpStatusSchema, isoDateTime, viewerSchema } from './help';

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
    serverNow: isoDateTime,
  })
  .strict();

export const assistActions = {
  start: z.object({ campaignId }).strict(),
  help: z.object({ assistId }).strict(),
  get: z.object({ assistId }).strict(),
  mine: z.object({ campaignId: campaignId.optional() }).strict(),
} as const;

export const assistResults = {
  start: z.object({ assist: assistViewSchema, created: z.boolean() }).strict(),
  help: z
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
  get: z.object({ assist: assistViewSchema }).strict(),
  mine: z.object({ assists: z.array(assistViewSchema) }).strict(),
} as const;

export type AssistView = z.output<typeof assistViewSchema>;
export type AssistStartResult = z.output<typeof assistResults.start>;
export type AssistHelpResult = z.output<typeof assistResults.help>;
export type AssistGetResult = z.output<typeof assistResults.get>;
export type AssistMineResult = z.output<typeof assistResults.mine>;
