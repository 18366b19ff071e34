import type { StoredCouponStatus } from './coupon-expiry';

/** What a coupon promises and where it stands: its printed terms never change after issue. */
export interface CouponFacts {
  ownerOpenid: string;
  status: StoredCouponStatus;
  /** The first instant it may be used (a fixed window's `from`, else its issue). */
  startsAt: Date;
  /** The first instant it may no longer be used. */
  expiresAt: Date;
  minSpendFen: number;
  valueFen: number | null;
  percentOff: number | null;
  /** The one product it is bound to, or null for the whole order. */
  productId: string | null;
}

/** An order as the checkout sees it: who pays, how much before any coupon, and for what. */
export interface Basket {
  buyerOpenid: string;
  amountFen: number;
  productIds: readonly string[];
}

export type CouponRefusalCode =
  | 'COUPON_NOT_APPLICABLE'
  | 'COUPON_NOT_STARTED'
  | 'COUPON_EXPIRED'
  | 'MIN_SPEND_NOT_MET'
  | 'ALREADY_REDEEMED'
  | 'COUPON_NOT_USABLE';

/** Why a coupon does not apply, with the one fact a checkout needs to say so. */
export type CouponRefusal =
  | { ok: false; code: 'COUPON_NOT_APPLICABLE'; reason: 'not_owner' | 'product' }
  | { ok: false; code: 'COUPON_NOT_STARTED'; startsAt: Date }
  | { ok: false; code: 'COUPON_EXPIRED' }
  | { ok: false; code: 'MIN_SPEND_NOT_MET'; shortfallFen: number }
  | { ok: false; code: 'ALREADY_REDEEMED' }
  | { ok: false; code: 'COUPON_NOT_USABLE' };

export type CouponUse = { ok: true; discountFen: number; payableFen: number } | CouponRefusal;

/**
 * Whether a coupon applies to a basket and what it takes off: the one rule that quote,
 * redeem, order reports and the local checkout all call. A coupon is its owner's only, inside
 * [startsAt, expiresAt), on an order that holds its product (when bound to one) and reaches
 * its minimum spend. It never takes more than the order (no negative payable); a percentage
 * rounds in the shopper's favour, up to the next whole fen.
 */
export function decideCouponUse(coupon: CouponFacts, basket: Basket, now: Date): CouponUse {
  if (coupon.ownerOpenid !== basket.buyerOpenid) {
    return { ok: false, code: 'COUPON_NOT_APPLICABLE', reason: 'not_owner' };
  }
  if (coupon.status === 'redeemed') return { ok: false, code: 'ALREADY_REDEEMED' };
  if (coupon.status === 'voided') return { ok: false, code: 'COUPON_NOT_USABLE' };
  const t = now.getTime();
  if (t >= coupon.expiresAt.getTime()) return { ok: false, code: 'COUPON_EXPIRED' };
  if (t < coupon.startsAt.getTime()) {
    return { ok: false, code: 'COUPON_NOT_STARTED', startsAt: coupon.startsAt };
  }
  if (coupon.productId !== null && !basket.productIds.includes(coupon.productId)) {
    return { ok: false, code: 'COUPON_NOT_APPLICABLE', reason: 'product' };
  }
  if (basket.amountFen < coupon.minSpendFen) {
    return {
      ok: false,
      code: 'MIN_SPEND_NOT_MET',
      shortfallFen: coupon.minSpendFen - basket.amountFen,
    };
  }
  const discountFen = Math.min(basket.amountFen, termsDiscountFen(coupon, basket.amountFen));
  return { ok: true, discountFen, payableFen: basket.amountFen - discountFen };
}

function termsDiscountFen(coupon: CouponFacts, amountFen: number): number {
  if (coupon.valueFen !== null) return coupon.valueFen;
  if (coupon.percentOff !== null) return Math.ceil((amountFen * coupon.percentOff) / 100);
  return 0;
}
