import * as z from 'zod';
import { defineContract } from './contract';
import { campaignId, isoDateTime } from './campaign-config';
import { couponViewSchema, orderId } from './coupon';

export const packetId = z.string().regex(/^pkt_[0-9A-Za-z]{16}$/, 'a packet id (pkt_…)');

/** open: coupons left to claim; empty: all claimed; expired: its time ran out. */
export const packetStatusSchema = z.enum(['open', 'empty', 'expired']);

export const packetClaimRefusalSchema = z.enum([
  'SELF_CLAIM',
  'PACKET_EMPTY',
  'EXPIRED',
  'CLAIM_LIMIT',
]);

/** What the packet promised up front, so a friend knows what they may get before claiming. */
export const packetDisclosureSchema = z
  .object({
    kind: z.enum(['list', 'even', 'random']),
    count: z.number().int().min(1),
    totalFen: z.number().int().min(1),
    /** For random packets: the range each coupon falls in (null when undisclosed). */
    minFen: z.number().int().nullable(),
    maxFen: z.number().int().nullable(),
  })
  .strict();

export const packetSlotSchema = z
  .object({
    seq: z.number().int().min(1),
    /** Null for a random packet's unclaimed coupons: their amounts are revealed on claim. */
    valueFen: z.number().int().min(1).nullable(),
    claimerName: z.string().nullable(),
    claimedAt: isoDateTime.nullable(),
  })
  .strict();

export const packetViewSchema = z
  .object({
    id: packetId,
    campaignId,
    sharerName: z.string(),
    status: packetStatusSchema,
    title: z.string(),
    minSpendFen: z.number().int().min(0),
    validDays: z.number().int().min(1),
    disclosure: packetDisclosureSchema,
    slots: z.array(packetSlotSchema),
    claimed: z.number().int().min(0),
    createdAt: isoDateTime,
    endsAt: isoDateTime,
    viewer: z
      .object({
        isSharer: z.boolean(),
        /** The coupon the viewer claimed from this packet. */
        coupon: couponViewSchema.nullable(),
        canClaim: z.boolean(),
        claimRefusal: packetClaimRefusalSchema.nullable(),
      })
      .strict(),
    /** Only the sharer sees how the friends' coupons went. */
    sharerStats: z
      .object({
        used: z.number().int().min(0),
        /** Experience friends' use earned, confirmed; pendingXp is still waiting to be. */
        xp: z.number().int().min(0),
        pendingXp: z.number().int().min(0),
      })
      .strict()
      .nullable(),
    serverNow: isoDateTime,
  })
  .strict();

export const packetContract = defineContract('packet', {
  /** The buyer opens (or gets back) the packet for their reported order. */
  share: {
    input: z.object({ orderId }).strict(),
    output: z.object({ packet: packetViewSchema, created: z.boolean() }).strict(),
    refusals: ['NOT_FOUND', 'NOT_LIVE', 'CAMPAIGN_PAUSED', 'ORDER_PENDING', 'ORDER_REFUNDED'],
  },
  get: {
    input: z.object({ packetId }).strict(),
    output: z.object({ packet: packetViewSchema }).strict(),
    refusals: ['NOT_FOUND'],
  },
  claim: {
    input: z.object({ packetId }).strict(),
    /** replayed: the viewer had already claimed; the first coupon comes back. */
    output: z
      .object({ packet: packetViewSchema, coupon: couponViewSchema, replayed: z.boolean() })
      .strict(),
    refusals: [
      'NOT_FOUND',
      'PACKET_EMPTY',
      'SELF_CLAIM',
      'CLAIM_LIMIT',
      'EXPIRED',
      'BUDGET_EXHAUSTED',
    ],
  },
  mine: {
    input: z.object({}).strict(),
    output: z
      .object({
        packets: z.array(packetViewSchema),
        /** The caller's reported orders that may still open a packet. */
        shareable: z.array(
          z
            .object({
              orderId,
              campaignId,
              campaignTitle: z.string(),
              /** What the buyer paid, after any coupon: the figure the wallet shows. */
              paidFen: z.number().int().min(0),
            })
            .strict(),
        ),
      })
      .strict(),
    refusals: [],
  },
});

export type PacketView = z.output<typeof packetViewSchema>;
export type PacketStatusView = z.output<typeof packetStatusSchema>;
export type PacketClaimRefusal = z.output<typeof packetClaimRefusalSchema>;
export type PacketShareResult = z.output<typeof packetContract.actions.share.output>;
export type PacketGetResult = z.output<typeof packetContract.actions.get.output>;
export type PacketClaimResult = z.output<typeof packetContract.actions.claim.output>;
export type PacketMineResult = z.output<typeof packetContract.actions.mine.output>;
