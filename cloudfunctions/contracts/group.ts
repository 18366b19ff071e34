import * as z from 'zod';
import { targetCampaignSchema } from './target-campaign';
import { defineContract } from './contract';
import { campaignId, isoDateTime } from './campaign-config';
import { orderId } from './coupon';

export const groupId = z.string().regex(/^grp_[0-9A-Za-z]{16}$/, 'a group id (grp_…)');

/** open: filling up; completed: every seat paid (or short but completing by the config); failed. */
export const groupStatusSchema = z.enum(['open', 'completed', 'failed']);
/**
 * A person's seat: held while they pay (released when the payment window lapses), paid, or
 * refund_due when they paid but the group failed or had no seat left for them.
 */
export const seatStatusSchema = z.enum(['held', 'paid', 'released', 'refund_due']);

export const groupMemberSchema = z
  .object({
    name: z.string().describe('Masked for everyone but the person themself'),
    avatarUrl: z.string().nullable(),
    isLeader: z.boolean(),
    paidAt: isoDateTime,
  })
  .strict();

export const groupJoinRefusalSchema = z.enum(['CLOSED', 'EXPIRED', 'GROUP_FULL', 'NOT_LIVE']);

export const groupViewSchema = z
  .object({
    id: groupId,
    campaignId,
    status: groupStatusSchema,
    size: z.number().int().min(2),
    /** Paid members, leader first. */
    members: z.array(groupMemberSchema),
    /** Seats held for people paying right now. */
    holding: z.number().int().min(0),
    /** size − paid − held: what a friend can still take. */
    seatsLeft: z.number().int().min(0),
    groupPriceFen: z.number().int(),
    originalPriceFen: z.number().int(),
    onShort: z.enum(['fail', 'complete']),
    leaderName: z.string(),
    openedAt: isoDateTime,
    endsAt: isoDateTime,
    settledAt: isoDateTime.nullable(),
    viewer: z
      .object({
        isLeader: z.boolean(),
        seat: seatStatusSchema.nullable(),
        /** Until when a held seat waits for the viewer's payment. */
        holdUntil: isoDateTime.nullable(),
        /** The viewer's order for this group, once reported (for the packet to share). */
        orderId: orderId.nullable(),
        canJoin: z.boolean(),
        joinRefusal: groupJoinRefusalSchema.nullable(),
      })
      .strict(),
    /** What the page shows of the campaign: it loads with this one call. */
    campaign: targetCampaignSchema,
    serverNow: isoDateTime,
  })
  .strict();

export const groupContract = defineContract('group', {
  open: {
    input: z.object({ campaignId }).strict(),
    output: z.object({ group: groupViewSchema, created: z.boolean() }).strict(),
    refusals: ['NOT_FOUND', 'NOT_LIVE', 'CAMPAIGN_PAUSED', 'START_LIMIT', 'HOLD_LIMIT'],
  },
  join: {
    input: z.object({ groupId }).strict(),
    /** joined: false when the viewer already had a seat (a retried tap). */
    output: z.object({ group: groupViewSchema, joined: z.boolean() }).strict(),
    refusals: ['NOT_FOUND', 'CLOSED', 'EXPIRED', 'GROUP_FULL', 'HOLD_LIMIT'],
  },
  get: {
    input: z.object({ groupId }).strict(),
    output: z.object({ group: groupViewSchema }).strict(),
    refusals: ['NOT_FOUND'],
  },
  mine: {
    input: z.object({ campaignId: campaignId.optional() }).strict(),
    output: z.object({ groups: z.array(groupViewSchema) }).strict(),
    refusals: [],
  },
});

export type GroupView = z.output<typeof groupViewSchema>;
export type GroupStatusView = z.output<typeof groupStatusSchema>;
export type SeatStatus = z.output<typeof seatStatusSchema>;
export type GroupJoinRefusal = z.output<typeof groupJoinRefusalSchema>;
export type GroupOpenResult = z.output<typeof groupContract.actions.open.output>;
export type GroupJoinResult = z.output<typeof groupContract.actions.join.output>;
export type GroupGetResult = z.output<typeof groupContract.actions.get.output>;
export type GroupMineResult = z.output<typeof groupContract.actions.mine.output>;
