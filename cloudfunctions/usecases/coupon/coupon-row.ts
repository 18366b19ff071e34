import type { CouponReason, CouponView } from '../../contracts/coupon';
import { couponStatusAt, type StoredCouponStatus } from '../../domain/coupon/coupon-expiry';
import type { CouponFacts } from '../../domain/coupon/decide-coupon-use';

export interface CouponRow {
  id: string;
  template_id: string;
  owner_openid: string;
  reason: CouponReason;
  title: string;
  value_fen: number | null;
  percent_off: number | null;
  min_spend_fen: number;
  product_id: string | null;
  status: StoredCouponStatus;
  issued_at: Date;
  starts_at: Date;
  expires_at: Date;
  redeemed_at: Date | null;
  redeemed_order_id: string | null;
  redeemed_discount_fen: number | null;
}

export const COUPON_COLUMNS = `id, template_id, owner_openid, reason, title, value_fen, percent_off,
  min_spend_fen, product_id, status, issued_at, starts_at, expires_at, redeemed_at, redeemed_order_id,
  redeemed_discount_fen`;

/** The facts the one applicability rule decides on. */
export function toCouponFacts(row: CouponRow): CouponFacts {
  return {
    ownerOpenid: row.owner_openid,
    status: row.status,
    startsAt: row.starts_at,
    expiresAt: row.expires_at,
    minSpendFen: row.min_spend_fen,
    valueFen: row.value_fen,
    percentOff: row.percent_off,
    productId: row.product_id,
  };
}

export function toCouponView(row: CouponRow, now: Date): CouponView {
  return {
    id: row.id,
    templateId: row.template_id,
    title: row.title,
    valueFen: row.value_fen,
    percentOff: row.percent_off,
    minSpendFen: row.min_spend_fen,
    productId: row.product_id,
    reason: row.reason,
    status: couponStatusAt({ status: row.status, expiresAt: row.expires_at }, now),
    issuedAt: row.issued_at.toISOString(),
    startsAt: row.starts_at.toISOString(),
    expiresAt: row.expires_at.toISOString(),
    redeemedAt: row.redeemed_at ? row.redeemed_at.toISOString() : null,
  };
}
