import type { CouponValidity } from '../../contracts/campaign-config';

const DAY_MS = 86_400_000;

export type StoredCouponStatus = 'issued' | 'redeemed' | 'voided';
export type CouponStatus = StoredCouponStatus | 'expired';

/**
 * When a coupon issued at `issuedAt` stops being usable; the instant itself is already
 * expired. `days` counts whole 24-hour days from issue (China keeps no daylight saving).
 */
export function couponExpiresAt(validity: CouponValidity, issuedAt: Date): Date {
  if (validity.kind === 'fixed') return new Date(validity.until);
  return new Date(issuedAt.getTime() + validity.days * DAY_MS);
}

/** The first instant a coupon issued at `issuedAt` may be used: a fixed window's `from`. */
export function couponStartsAt(validity: CouponValidity, issuedAt: Date): Date {
  return validity.kind === 'fixed' ? new Date(validity.from) : issuedAt;
}

/** Expiry is derived, never stored: an issued coupon is expired from `expiresAt` on. */
export function couponStatusAt(
  coupon: { status: StoredCouponStatus; expiresAt: Date },
  now: Date,
): CouponStatus {
  if (coupon.status === 'issued' && now.getTime() >= coupon.expiresAt.getTime()) return 'expired';
  return coupon.status;
}
