import * as z from 'zod';
import { defineContract } from './contract';
import { campaignId, isoDateTime } from './campaign-config';
import { basketFields, couponId, orderId, productRef } from './coupon';
import { groupId } from './group';

export const orderViewSchema = z
  .object({
    orderId,
    /** Before the coupon. */
    amountFen: z.number().int(),
    /** What the coupon took off, and what the buyer paid: amountFen − discountFen. */
    discountFen: z.number().int().min(0),
    paidFen: z.number().int().min(0),
    campaignId: campaignId.nullable(),
    productId: z.string().nullable(),
    productIds: z.array(z.string()),
    couponId: couponId.nullable(),
    groupId: groupId.nullable(),
    /**
     * What the order did for its group: took a seat, or is owed a refund (the group failed or
     * was full when the payment landed).
     */
    groupOutcome: z.enum(['seat', 'refund_due']).nullable(),
    reportedAt: isoDateTime,
  })
  .strict();

export const orderContract = defineContract('order', {
  /** Merchant role only: the checkout or payment callback reports the order, never the shopper. */
  report: {
    input: z
      .object({
        orderId,
        buyerOpenid: z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an openid'),
        /** The order amount before any coupon; the coupon's discount is decided here. */
        amountFen: basketFields.amountFen,
        campaignId: campaignId.optional(),
        /** The order's products or SKUs: a product-bound coupon applies only if its product is here. */
        productIds: basketFields.productIds.optional(),
        /** One product (the common case): the same as `productIds: [productId]`. */
        productId: productRef.optional(),
        couponId: couponId.optional(),
        /** An F码 the buyer used: redeemed exactly once, with this order. */
        fcode: z.string().min(1).max(24).optional(),
        /** The group this order pays a seat in: confirms the buyer's membership. */
        groupId: groupId.optional(),
      })
      .strict(),
    output: z.object({ order: orderViewSchema, replayed: z.boolean() }).strict(),
    refusals: [
      'NOT_FOUND',
      'NOT_LIVE',
      'FCODE_NOT_USABLE',
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

export type OrderView = z.output<typeof orderViewSchema>;
export type OrderReportResult = z.output<typeof orderContract.actions.report.output>;
