import * as z from 'zod';
import { templateId } from './campaign-config';

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
]);
const isoDateTime = z.iso.datetime({ offset: true });

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
    expiresAt: isoDateTime,
    redeemedAt: isoDateTime.nullable(),
  })
  .strict();

export const couponActions = {
  list: z.object({}).strict(),
  claim: z.object({ templateId, requestId: requestId.optional() }).strict(),
  redeem: z.object({ couponId, orderId }).strict(),
} as const;

const issued = z.object({ coupon: couponViewSchema, replayed: z.boolean() }).strict();

export const couponResults = {
  list: z.object({ coupons: z.array(couponViewSchema) }).strict(),
  claim: issued,
  redeem: issued,
} as const;

export type CouponView = z.output<typeof couponViewSchema>;
export type CouponStatusView = z.output<typeof couponStatusSchema>;
export type CouponReason = z.output<typeof couponReasonSchema>;
export type CouponListResult = z.output<typeof couponResults.list>;
export type CouponClaimResult = z.output<typeof couponResults.claim>;
export type CouponRedeemResult = z.output<typeof couponResults.redeem>;
