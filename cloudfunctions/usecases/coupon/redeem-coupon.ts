import type { CouponRedeemResult } from '../../contracts/coupon';
import { AppError } from '../../contracts/errors';
import type { Deps } from '../../functions/caller';
import type { Sql } from '../../store/store';
import { COUPON_COLUMNS, toCouponView, type CouponRow } from './coupon-row';

/**
 * Merchant checkout marks a coupon used. One conditional update decides: only an issued,
 * unexpired coupon changes, so two concurrent redeems cannot both succeed. Replaying the same
 * order returns the first result.
 */
export async function redeemCoupon(
  input: { couponId: string; orderId: string },
  { store, clock }: Deps,
): Promise<CouponRedeemResult> {
  return redeemCouponIn(store, input, clock());
}

/** The same, inside a caller's transaction (an order report redeems its coupon atomically). */
export async function redeemCouponIn(
  sql: Sql,
  input: { couponId: string; orderId: string },
  now: Date,
): Promise<CouponRedeemResult> {
  const [redeemed] = await sql.query<CouponRow>(
    `update coupon set status = 'redeemed', redeemed_at = $3, redeemed_order_id = $2
      where id = $1 and status = 'issued' and expires_at > $3
      returning ${COUPON_COLUMNS}`,
    [input.couponId, input.orderId, now],
  );
  if (redeemed) return { coupon: toCouponView(redeemed, now), replayed: false };

  const [coupon] = await sql.query<CouponRow>(
    `select ${COUPON_COLUMNS} from coupon where id = $1`,
    [input.couponId],
  );
  if (!coupon) throw new AppError('NOT_FOUND', `no coupon "${input.couponId}"`);
  if (coupon.status === 'redeemed') {
    if (coupon.redeemed_order_id === input.orderId)
      return { coupon: toCouponView(coupon, now), replayed: true };
    throw new AppError('ALREADY_REDEEMED', 'the coupon was already used for another order');
  }
  throw new AppError('COUPON_NOT_USABLE', `the coupon is ${toCouponView(coupon, now).status}`);
}
