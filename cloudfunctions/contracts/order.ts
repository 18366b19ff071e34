import * as z from 'zod';
import { campaignId } from './campaign-config';
import { basketFields, couponId, orderId, productRef } from './coupon';
import { groupId } from './group';
import { isoDateTime } from './help';

export const orderActions = {
  /** Merchant role only: the checkout or payment callback reports the order, never the shopper. */
  report: z
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
} as const;

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

export const orderResults = {
  report: z.object({ order: orderViewSchema, replayed: z.boolean() }).strict(),
} as const;

export type OrderView = z.output<typeof orderViewSchema>;
export type OrderReportResult = z.output<typeof orderResults.report>;
