import * as z from 'zod';
import { defineContract } from './contract';
import { campaignId, isoDateTime } from './campaign-config';
import { orderId } from './coupon';

/**
 * A code as a person typed it: case, spaces and dashes are forgiven; the use case checks the
 * characters and the check character and answers INVALID_INPUT for a mistyped one.
 */
export const fcodeInput = z
  .string()
  .min(1)
  .max(24)
  .regex(/^[0-9A-Za-z -]+$/, 'letters and digits')
  .describe('An F码 such as ABC-DEF-GHJ');

const openid = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an openid');

export const fcodeBatchViewSchema = z
  .object({
    number: z.number().int().min(1),
    title: z.string(),
    size: z.number().int().min(1),
    /** Codes that have left the pool: with a holder, reserved for someone, or used. */
    givenOut: z.number().int().min(0),
    reserved: z.number().int().min(0),
    used: z.number().int().min(0),
    releasedAt: isoDateTime,
  })
  .strict();

/** A code as its holder (the giver) sees it. */
export const heldCodeSchema = z
  .object({
    code: z.string(),
    batch: z.number().int().min(1),
    /**
     * held: not handed on yet (until heldUntil); reserved: a friend accepted and may buy until
     * reservedUntil; used: the friend bought with it; gone: not handed on in time, it went to
     * the waitlist.
     */
    status: z.enum(['held', 'reserved', 'used', 'gone']),
    heldUntil: isoDateTime.nullable(),
    friend: z.string().nullable().describe('The friend’s masked name'),
    reservedUntil: isoDateTime.nullable(),
  })
  .strict();

/** The code the viewer may buy with (from a friend or from the waitlist). */
export const myCodeSchema = z
  .object({
    code: z.string(),
    batch: z.number().int().min(1),
    status: z.enum(['reserved', 'redeemed']),
    via: z.enum(['friend', 'waitlist']),
    from: z.string().nullable().describe('The giver’s masked name; null from the waitlist'),
    reservedUntil: isoDateTime.nullable(),
    orderId: orderId.nullable(),
  })
  .strict();

export const waitlistViewSchema = z
  .object({
    status: z.enum(['waiting', 'promoted']),
    /** Waiting people who joined earlier: “你前面还有 N 人”. */
    ahead: z.number().int().min(0),
    joinedAt: isoDateTime,
    promotedAt: isoDateTime.nullable(),
  })
  .strict();

export const outboxMessageSchema = z
  .object({
    type: z.string(),
    payload: z.record(z.string(), z.unknown()),
    createdAt: isoDateTime,
    deliveredAt: isoDateTime.nullable(),
  })
  .strict();

export const fcodeViewSchema = z
  .object({
    campaignId,
    productName: z.string(),
    priceFen: z.number().int().describe('What the product costs with a code'),
    originalPriceFen: z.number().int(),
    validUntil: isoDateTime,
    reserveHours: z.number().int(),
    batches: z.array(fcodeBatchViewSchema),
    /** The latest released batch, the one the page talks about. */
    current: fcodeBatchViewSchema.nullable(),
    /** The next batch, announced with its size before its release. */
    next: z
      .object({ number: z.number().int(), title: z.string(), size: z.number().int() })
      .strict()
      .nullable(),
    waiting: z.number().int().min(0).describe('People on the waitlist now'),
    /** Codes of the released batches nobody has yet, for the waitlist. */
    openForWaitlist: z.number().int().min(0),
    viewer: z
      .object({
        holding: z.array(heldCodeSchema),
        mine: myCodeSchema.nullable(),
        waitlist: waitlistViewSchema.nullable(),
        messages: z.array(outboxMessageSchema),
      })
      .strict(),
    serverNow: isoDateTime,
  })
  .strict();

/** A shared code as the friend who opened it sees it. */
export const fcodeLookupSchema = z
  .object({
    code: z.string(),
    campaignId,
    batch: z.number().int().min(1),
    giver: z.string().nullable(),
    state: z.enum(['open', 'mine', 'own', 'taken', 'expired']),
    heldUntil: isoDateTime.nullable(),
    serverNow: isoDateTime,
  })
  .strict();

export const fcodeQuoteSchema = z
  .object({
    applies: z.boolean(),
    priceFen: z.number().int().nullable(),
    refusal: z.object({ code: z.string(), message: z.string() }).strict().nullable(),
  })
  .strict();

export const fcodeTreeNodeSchema: z.ZodType<FcodeTreeNode> = z.lazy(() =>
  z
    .object({
      name: z.string(),
      generation: z.number().int().min(0),
      bought: z.boolean(),
      /** Orders bought with codes in this branch (this person's and everyone after them). */
      orders: z.number().int().min(0),
      children: z.array(fcodeTreeNodeSchema),
    })
    .strict(),
);

export interface FcodeTreeNode {
  name: string;
  generation: number;
  bought: boolean;
  orders: number;
  children: FcodeTreeNode[];
}

export const fcodeStatsSchema = z
  .object({
    campaignId,
    batches: z.array(
      z
        .object({
          number: z.number().int(),
          title: z.string(),
          size: z.number().int(),
          issued: z.number().int(),
          reserved: z.number().int(),
          accepted: z.number().int(),
          redeemed: z.number().int(),
          expired: z.number().int(),
          lapsed: z.number().int(),
        })
        .strict(),
    ),
    waitlist: z.object({ waiting: z.number().int(), promoted: z.number().int() }).strict(),
    tree: z.array(fcodeTreeNodeSchema),
    orders: z.number().int().describe('Orders bought with a code'),
    keyPeople: z.array(
      z
        .object({ name: z.string(), orders: z.number().int(), share: z.number().min(0).max(1) })
        .strict(),
    ),
    /** The share of all code orders the top fifth of seed branches account for. */
    topFifthShare: z.number().min(0).max(1),
  })
  .strict();

export const fcodeContract = defineContract('fcode', {
  get: {
    input: z.object({ campaignId }).strict(),
    output: z.object({ fcode: fcodeViewSchema }).strict(),
    refusals: ['NOT_FOUND'],
  },
  lookup: {
    input: z.object({ code: fcodeInput }).strict(),
    output: z.object({ lookup: fcodeLookupSchema }).strict(),
    refusals: ['NOT_FOUND'],
  },
  accept: {
    input: z.object({ code: fcodeInput }).strict(),
    output: z.object({ fcode: fcodeViewSchema, accepted: z.boolean() }).strict(),
    refusals: ['NOT_FOUND', 'CODE_TAKEN', 'SELF_ACCEPT', 'ONE_PER_BATCH', 'EXPIRED', 'NOT_LIVE'],
  },
  join: {
    input: z.object({ campaignId }).strict(),
    output: z.object({ fcode: fcodeViewSchema, joined: z.boolean() }).strict(),
    refusals: ['NOT_FOUND', 'NOT_LIVE', 'CAMPAIGN_PAUSED'],
  },
  /** A poster's mini-program code whose scene carries the F码 (weapp only). */
  poster: {
    input: z
      .object({
        code: fcodeInput,
        token: z
          .string()
          .regex(/^[0-9A-Za-z]{12}$/)
          .optional(),
      })
      .strict(),
    output: z.object({ contentType: z.string(), imageBase64: z.string() }).strict(),
    refusals: ['NOT_FOUND'],
  },
  /** Merchant: give seed holders their codes (once per person). */
  seed: {
    input: z.object({ campaignId, openids: z.array(openid).min(1).max(1000) }).strict(),
    output: z
      .object({ seeded: z.array(z.object({ openid, codes: z.number().int() }).strict()) })
      .strict(),
    refusals: ['NOT_FOUND'],
    role: 'merchant',
  },
  /** Merchant (the checkout): does this code apply to the basket, and at what price? */
  quote: {
    input: z
      .object({
        code: fcodeInput,
        buyerOpenid: openid,
        campaignId,
        productId: z.string().min(1).max(64).optional(),
      })
      .strict(),
    output: z.object({ quote: fcodeQuoteSchema }).strict(),
    refusals: ['NOT_FOUND'],
    role: 'merchant',
  },
  /** Merchant: per batch counts, the tree of hand-offs, the key people. */
  stats: {
    input: z.object({ campaignId }).strict(),
    output: z.object({ stats: fcodeStatsSchema }).strict(),
    refusals: ['NOT_FOUND'],
    role: 'merchant',
  },
});

export type FcodeView = z.output<typeof fcodeViewSchema>;
export type FcodeBatchView = z.output<typeof fcodeBatchViewSchema>;
export type HeldCode = z.output<typeof heldCodeSchema>;
export type MyCode = z.output<typeof myCodeSchema>;
export type WaitlistView = z.output<typeof waitlistViewSchema>;
export type OutboxMessage = z.output<typeof outboxMessageSchema>;
export type FcodeLookup = z.output<typeof fcodeLookupSchema>;
export type FcodeQuote = z.output<typeof fcodeQuoteSchema>;
export type FcodeStats = z.output<typeof fcodeStatsSchema>;
export type FcodeGetResult = z.output<typeof fcodeContract.actions.get.output>;
export type FcodeLookupResult = z.output<typeof fcodeContract.actions.lookup.output>;
export type FcodeAcceptResult = z.output<typeof fcodeContract.actions.accept.output>;
export type FcodeJoinResult = z.output<typeof fcodeContract.actions.join.output>;
export type FcodeStatsResult = z.output<typeof fcodeContract.actions.stats.output>;
