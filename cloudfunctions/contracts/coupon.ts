import * as z from 'zod';
import { defineContract } from './contract';
import { fen, isoDateTime, templateId } from './campaign-config';

export const couponId = z.string().regex(/^cpn_[0-9A-Za-z]{16}$/, 'a coupon id (cpn_…)');
export const orderId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'letters, digits, _ and -, at most 64 characters');
/** A client-chosen key that makes a retried claim return the first result. */
export const requestId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'letters, digits, _ and -, 8–64 characters');

export const couponStatusSchema = z.enum(['issued', 'redeemed', 'expired', 'voided']);
export const couponReasonSchema = z.enum([
  'claim',
  'bargain_reward',
  'assist_reward',
  'assist_helper_reward',
  'packet',
  /** From a friend's circle post: 「来自 TA 的推荐」. */
  'circle',
]);

export const couponViewSchema = z
  .object({
    id: couponId,
    templateId,
    title: z.string(),
    valueFen: z.number().int().positive().nullable(),
    percentOff: z.number().int().min(1).max(99).nullable(),
    minSpendFen: z.number().int().min(0),
    productId: z.string().nullable(),
    reason: couponReasonSchema,
    status: couponStatusSchema,
    issuedAt: isoDateTime,
    /** The first instant it may be used; `expiresAt` is the first it may not. */
    startsAt: isoDateTime,
    expiresAt: isoDateTime,
    redeemedAt: isoDateTime.nullable(),
  })
  .strict();

export const productRef = z
  .string()
  .regex(/^[A-Za-z0-9_:.-]{1,64}$/, 'a product or SKU id: letters, digits, _ : . -, at most 64');

/** An order as a checkout sees it before paying: its amount before any coupon, and its items. */
export const basketFields = {
  amountFen: fen.describe('The order amount before any coupon, in fen'),
  productIds: z.array(productRef).max(50).describe('The products or SKUs in the order'),
};

/** Why a coupon does not apply to a basket, with the fact a checkout needs to say so. */
export const couponRefusalSchema = z.discriminatedUnion('code', [
  z
    .object({ code: z.literal('COUPON_NOT_APPLICABLE'), reason: z.enum(['not_owner', 'product']) })
    .strict(),
  z.object({ code: z.literal('COUPON_NOT_STARTED'), startsAt: isoDateTime }).strict(),
  z.object({ code: z.literal('COUPON_EXPIRED') }).strict(),
  z
    .object({ code: z.literal('MIN_SPEND_NOT_MET'), shortfallFen: z.number().int().min(1) })
    .strict(),
  z.object({ code: z.literal('ALREADY_REDEEMED') }).strict(),
  z.object({ code: z.literal('COUPON_NOT_USABLE') }).strict(),
]);

export const couponQuoteSchema = z.discriminatedUnion('usable', [
  z
    .object({
      usable: z.literal(true),
      coupon: couponViewSchema,
      discountFen: fen,
      payableFen: fen,
    })
    .strict(),
  z
    .object({ usable: z.literal(false), coupon: couponViewSchema, refusal: couponRefusalSchema })
    .strict(),
]);

const issued = z.object({ coupon: couponViewSchema, replayed: z.boolean() }).strict();

export const couponContract = defineContract('coupon', {
  list: {
    input: z.object({}).strict(),
    output: z.object({ coupons: z.array(couponViewSchema) }).strict(),
    refusals: [],
  },
  claim: {
    input: z.object({ templateId, requestId: requestId.optional() }).strict(),
    output: issued,
    refusals: [
      'NOT_FOUND',
      'NOT_LIVE',
      'CAMPAIGN_PAUSED',
      'NOT_CLAIMABLE',
      'BUDGET_EXHAUSTED',
      'CLAIM_LIMIT',
    ],
  },
  /** The caller's usable coupons for a basket, best first, and why the others do not apply. */
  quote: {
    input: z.object(basketFields).strict(),
    output: z.object({ quotes: z.array(couponQuoteSchema) }).strict(),
    refusals: [],
  },
  /** Merchant checkout: uses the buyer's coupon on an order, under the coupon's own terms. */
  redeem: {
    input: z
      .object({
        couponId,
        orderId,
        buyerOpenid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an openid'),
        ...basketFields,
      })
      .strict(),
    output: z
      .object({
        coupon: couponViewSchema,
        /** What the coupon took off this order, fixed at redemption: a replay answers the same. */
        discountFen: fen,
        payableFen: fen,
        replayed: z.boolean(),
      })
      .strict(),
    refusals: [
      'NOT_FOUND',
      'COUPON_NOT_APPLICABLE',
      'COUPON_NOT_STARTED',
      'COUPON_EXPIRED',
      'MIN_SPEND_NOT_MET',
      'ALREADY_REDEEMED',
      'COUPON_NOT_USABLE',
    ],
    role: 'merchant',
  },
});

export type CouponView = z.output<typeof couponViewSchema>;
export type CouponStatusView = z.output<typeof couponStatusSchema>;
export type CouponReason = z.output<typeof couponReasonSchema>;
export type CouponListResult = z.output<typeof couponContract.actions.list.output>;
export type CouponClaimResult = z.output<typeof couponContract.actions.claim.output>;
export type CouponRedeemResult = z.output<typeof couponContract.actions.redeem.output>;
export type CouponQuoteResult = z.output<typeof couponContract.actions.quote.output>;
export type CouponQuote = z.output<typeof couponQuoteSchema>;
export type CouponRefusalView = z.output<typeof couponRefusalSchema>;
