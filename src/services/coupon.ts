import type {
  CouponClaimResult,
  CouponListResult,
  CouponQuoteResult,
} from '../../cloudfunctions/contracts/coupon';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { call } from './call-function';

export const listCoupons = (): Promise<FunctionResult<CouponListResult>> =>
  call('coupon', 'list', {});

/**
 * One tap, one requestId: if the network drops and the tap is retried with the same id, the
 * server returns the first coupon instead of issuing a second.
 */
export function newRequestId(): string {
  return `r${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

export const claimCoupon = (
  templateId: string,
  requestId: string = newRequestId(),
): Promise<FunctionResult<CouponClaimResult>> => call('coupon', 'claim', { templateId, requestId });

/** The viewer's coupons for a basket, usable first, with why the others do not apply. */
export const quoteCoupons = (basket: {
  amountFen: number;
  productIds: string[];
}): Promise<FunctionResult<CouponQuoteResult>> => call('coupon', 'quote', { ...basket });
