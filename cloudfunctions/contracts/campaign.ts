import * as z from 'zod';
import { defineContract } from './contract';
import { campaignConfigSchema, campaignId, isoDateTime } from './campaign-config';
import { campaignStatusSchema } from './campaign-status';
import { conversionStageSchema } from './invite';
import { wechatNoticeSchema } from './notice';

export { campaignStatusSchema, type CampaignStatus } from './campaign-status';

export const findingSchema = z
  .object({
    ruleId: z.string(),
    severity: z.enum(['error', 'warning']),
    path: z.array(z.union([z.string(), z.number()])),
    message: z.string(),
    source: z.string(),
    quote: z.string().optional().describe('The merchant’s own words that cross the line'),
    rewrite: z.string().optional().describe('A compliant way to say it, or to fix the config'),
  })
  .strict();

export const funnelStageSchema = z.enum([
  'visitors',
  'newPeople',
  'starts',
  'helps',
  'completions',
  'rewardsIssued',
  'redeemed',
  'orders',
]);

export const campaignStatsSchema = z
  .object({
    campaignId,
    /** What the campaign is, so a page or a report asks only for what its kind has. */
    kind: z.enum(['bargain', 'assist', 'coupon', 'group', 'fcode']),
    title: z.string(),
    funnel: z.array(
      z
        .object({
          stage: funnelStageSchema,
          count: z.number().int().min(0),
          /**
           * This count over the stage it is a part of (`of`): a new person of the visitors, a
           * completion of the starts, a redemption of the coupons issued; 0 when that is
           * empty. null for a stage that is no part of an earlier one (helps, orders…).
           */
          conversion: z
            .object({ of: funnelStageSchema, ratio: z.number().min(0) })
            .strict()
            .nullable(),
        })
        .strict(),
    ),
    viral: z
      .object({
        participants: z.number().int().min(0),
        invitesSent: z.number().int().min(0),
        invitees: z.number().int().min(0),
        inviteesConverted: z.number().int().min(0),
        k: z.number().min(0),
      })
      .strict(),
    scenes: z.array(
      z.object({ scene: z.number().int().nullable(), visits: z.number().int() }).strict(),
    ),
    topSharers: z.array(
      z
        .object({
          name: z.string(),
          conversions: z.number().int(),
          /** The sharer's experience in this campaign, as their own invites page shows it. */
          xp: z.number().int(),
          pendingXp: z.number().int(),
        })
        .strict(),
    ),
    topSharersShare: z.number().min(0).max(1),
    pendingCredits: z.array(
      z
        .object({
          id: z.string(),
          /**
           * Masked openids a merchant can tell apart (`oAbC****x9Z2`): no nickname is stored,
           * so this is how the sharer and the invitee are named.
           */
          sharer: z.string(),
          invitee: z.string(),
          stage: conversionStageSchema,
          /** Each fraud rule that flagged the credit, with what it saw, in Chinese. */
          flags: z.array(z.object({ rule: z.string(), reason: z.string() }).strict()),
          at: isoDateTime,
        })
        .strict(),
    ),
    /** Orders the merchant owes a refund (their group failed, or had no seat left for them). */
    refundOrderIds: z.array(z.string()),
  })
  .strict();

export const campaignViewSchema = z
  .object({
    id: campaignId,
    status: campaignStatusSchema,
    config: campaignConfigSchema,
    participants: z.number().int().min(0).describe('People who started or helped'),
    remaining: z
      .object({ count: z.number().int().min(0), unit: z.enum(['张', '件']) })
      .strict()
      .nullable()
      .describe(
        'What is left, counted from the store when the page asked: a coupon campaign’s unclaimed budget, else stock less the orders reported; null when nothing is limited',
      ),
    verifiedOrderIds: z
      .array(z.string())
      .describe('Testimonial order ids backed by a reported order: only these get the badge'),
    mine: z
      .object({ kind: z.enum(['bargain', 'assist', 'group']), id: z.string() })
      .strict()
      .nullable()
      .describe(
        'The caller’s own bargain, assist or group of this campaign that is still going: the page then leads to it (查看我的砍价) instead of offering a start',
      ),
    serverNow: isoDateTime.describe('Server clock, for countdowns'),
  })
  .strict();

export const campaignContract = defineContract('campaign', {
  get: {
    input: z
      .object({
        campaignId,
        preview: z.boolean().optional().describe('Merchants may open drafts with the preview flag'),
      })
      .strict(),
    output: z.object({ campaign: campaignViewSchema }).strict(),
    refusals: ['NOT_FOUND'],
  },
  stats: {
    input: z.object({ campaignId }).strict(),
    output: z.object({ stats: campaignStatsSchema }).strict(),
    refusals: ['NOT_FOUND'],
    role: 'merchant',
  },
  /** Merchant: every campaign, for the stats page's picker. */
  list: {
    input: z.object({}).strict(),
    output: z
      .object({
        campaigns: z.array(
          z
            .object({
              campaignId,
              title: z.string(),
              kind: campaignStatsSchema.shape.kind,
              status: campaignStatusSchema,
            })
            .strict(),
        ),
      })
      .strict(),
    refusals: [],
    role: 'merchant',
  },
  /** Merchant: load a config as a draft (validated and checked against WeChat's rules). */
  save: {
    input: z.object({ config: z.unknown() }).strict(),
    output: z
      .object({ campaignId, status: campaignStatusSchema, warnings: z.array(findingSchema) })
      .strict(),
    refusals: ['CAMPAIGN_LOCKED'],
    role: 'merchant',
  },
  /** Merchant: make a draft live (checked again: rules may have grown since it was loaded). */
  publish: {
    input: z.object({ campaignId }).strict(),
    output: z
      .object({ campaignId, status: campaignStatusSchema, warnings: z.array(findingSchema) })
      .strict(),
    refusals: ['NOT_FOUND', 'INVALID_TRANSITION'],
    role: 'merchant',
  },
  /** Merchant: stop new starts and claims; what already started keeps its promise. */
  pause: {
    input: z.object({ campaignId }).strict(),
    output: z.object({ campaignId, status: campaignStatusSchema }).strict(),
    refusals: ['NOT_FOUND', 'INVALID_TRANSITION'],
    role: 'merchant',
  },
  /** Merchant: a paused campaign goes live again. */
  resume: {
    input: z.object({ campaignId }).strict(),
    output: z.object({ campaignId, status: campaignStatusSchema }).strict(),
    refusals: ['NOT_FOUND', 'INVALID_TRANSITION'],
    role: 'merchant',
  },
  /** Merchant: end a live or paused campaign for good; what started runs to its own deadline. */
  end: {
    input: z.object({ campaignId }).strict(),
    output: z.object({ campaignId, status: campaignStatusSchema }).strict(),
    refusals: ['NOT_FOUND', 'INVALID_TRANSITION'],
    role: 'merchant',
  },
  /** Merchant: the latest notices from WeChat, newest first. */
  notices: {
    input: z.object({ limit: z.number().int().min(1).max(50).optional() }).strict(),
    output: z.object({ notices: z.array(wechatNoticeSchema) }).strict(),
    refusals: [],
    role: 'merchant',
  },
});

export type CampaignStats = z.output<typeof campaignStatsSchema>;
export type FunnelStage = z.output<typeof funnelStageSchema>;

export type CampaignView = z.output<typeof campaignViewSchema>;
export type CampaignGetInput = z.input<typeof campaignContract.actions.get.input>;
export type CampaignGetResult = z.output<typeof campaignContract.actions.get.output>;
