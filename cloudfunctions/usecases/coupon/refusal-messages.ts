import type { ErrorCode } from '../../contracts/errors';
import type { CouponRefusal } from '../../domain/coupon/decide-coupon-use';

/** Developer-facing messages; the client shows its own Chinese text per code. */
export const REFUSAL_MESSAGES = {
  NOT_FOUND: 'no such coupon template',
  BUDGET_EXHAUSTED: 'the coupon budget is used up',
  CLAIM_LIMIT: 'the per-person limit for this coupon is reached',
} as const satisfies Partial<Record<ErrorCode, string>>;

/** Why a coupon cannot be used on this order, in a sentence a checkout's log can carry. */
export function couponRefusalMessage(refusal: CouponRefusal): string {
  switch (refusal.code) {
    case 'COUPON_NOT_APPLICABLE':
      return refusal.reason === 'not_owner'
        ? 'the coupon is not the buyer’s to use'
        : 'the coupon is bound to a product that is not in the order';
    case 'COUPON_NOT_STARTED':
      return `the coupon may be used from ${refusal.startsAt.toISOString()}`;
    case 'COUPON_EXPIRED':
      return 'the coupon has expired';
    case 'MIN_SPEND_NOT_MET':
      return `the order is ${refusal.shortfallFen} fen short of the coupon’s minimum spend`;
    case 'ALREADY_REDEEMED':
      return 'the coupon was already used for another order';
    case 'COUPON_NOT_USABLE':
      return 'the coupon was voided';
  }
}
