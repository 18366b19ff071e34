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
    /** What the page shows of the campaign: it loads with this one call. */
    campaign: targetCampaignSchema,
    serverNow: isoDateTime,
  })
  .strict();

export const bargainContract = defineContract('bargain', {
  start: {
    input: z.object({ campaignId }).strict(),
    output: z.object({ bargain: bargainViewSchema, created: z.boolean() }).strict(),
    refusals: START_REFUSALS,
  },
  help: {
    input: z.object({ bargainId }).strict(),
    output: z.object({ cutFen: z.number().int().positive(), bargain: bargainViewSchema }).strict(),
    refusals: HELP_REFUSALS,
  },
  get: {
    input: z.object({ bargainId }).strict(),
    output: z.object({ bargain: bargainViewSchema }).strict(),
    refusals: ['NOT_FOUND'],
  },
  mine: {
    input: z.object({ campaignId: campaignId.optional() }).strict(),
    output: z.object({ bargains: z.array(bargainViewSchema) }).strict(),
    refusals: [],
  },
});

export type BargainView = z.output<typeof bargainViewSchema>;
export type BargainStartResult = z.output<typeof bargainContract.actions.start.output>;
export type BargainHelpResult = z.output<typeof bargainContract.actions.help.output>;
export type BargainGetResult = z.output<typeof bargainContract.actions.get.output>;
export type BargainMineResult = z.output<typeof bargainContract.actions.mine.output>;
