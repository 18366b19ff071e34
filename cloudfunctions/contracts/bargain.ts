import * as z from 'zod';
import { campaignId } from './campaign-config';
import { couponViewSchema } from './coupon';
import { helperViewSchema, helpStatusSchema, isoDateTime, viewerSchema } from './help';

export const bargainId = z.string().regex(/^brg_[0-9A-Za-z]{16}$/, 'a bargain id (brg_…)');

export const bargainViewSchema = z
  .object({
    id: bargainId,
    campaignId,
    status: helpStatusSchema,
    priceFen: z.number().int(),
    floorFen: z.number().int(),
    currentFen: z.number().int(),
    helpsNeeded: z.number().int(),
    helpsDone: z.number().int(),
    startedAt: isoDateTime,
    endsAt: isoDateTime,
    completedAt: isoDateTime.nullable(),
    /** Every cut, fixed at start and shown to everyone: no undisclosed random outcome. */
    schedule: z.array(z.number().int().positive()),
    initiatorCutFen: z.number().int().positive().nullable(),
    nextCutFen: z.number().int().positive().nullable(),
    initiatorName: z.string(),
    helpers: z.array(helperViewSchema.extend({ cutFen: z.number().int().positive() })),
    viewer: viewerSchema,
    /** Only the initiator sees their reward. */
    reward: couponViewSchema.nullable(),
    serverNow: isoDateTime,
  })
  .strict();

export const bargainActions = {
  start: z.object({ campaignId }).strict(),
  help: z.object({ bargainId }).strict(),
  get: z.object({ bargainId }).strict(),
  mine: z.object({ campaignId: campaignId.optional() }).strict(),
} as const;

export const bargainResults = {
  start: z.object({ bargain: bargainViewSchema, created: z.boolean() }).strict(),
  help: z.object({ cutFen: z.number().int().positive(), bargain: bargainViewSchema }).strict(),
  get: z.object({ bargain: bargainViewSchema }).strict(),
  mine: z.object({ bargains: z.array(bargainViewSchema) }).strict(),
} as const;

export type BargainView = z.output<typeof bargainViewSchema>;
export type BargainStartResult = z.output<typeof bargainResults.start>;
export type BargainHelpResult = z.output<typeof bargainResults.help>;
export type BargainGetResult = z.output<typeof bargainResults.get>;
export type BargainMineResult = z.output<typeof bargainResults.mine>;
