import type { CouponRedeemResult } from '../../contracts/coupon';
import { AppError } from '../../contracts/errors';
import { decideCouponUse, type Basket } from '../../domain/coupon/decide-coupon-use';
import type { Deps } from '../deps';
import type { Sql } from '../../store/store';
import { COUPON_COLUMNS, toCouponFacts, toCouponView, type CouponRow } from './coupon-row';
import { couponRefusalMessage } from './refusal-messages';

export interface RedeemRequest extends Basket {
  couponId: string;
  orderId: string;
}

/**
 * Merchant checkout uses a buyer's coupon on an order, under the terms printed on it. The
 * coupon is read and the one applicability rule decides; then a single conditional update
 * (`status = 'issued'`, not yet expired) marks it used, so of two concurrent redeems exactly
 * one wins, and the loser is answered as a replay (same order) or ALREADY_REDEEMED. Replaying
 * the same order answers the discount fixed at the first redemption.
 */
export async function redeemCoupon(
  input: RedeemRequest,
  { store, clock }: Deps,
): Promise<CouponRedeemResult> {
  return redeemCouponIn(store, input, clock());
}

/** The same, inside a caller's transaction (an order report redeems its coupon atomically). */
export async function redeemCouponIn(
  sql: Sql,
  input: RedeemRequest,
  now: Date,
): Promise<CouponRedeemResult> {
  const coupon = await readCoupon(sql, input.couponId);
  const replay = replayOf(coupon, input, now);
  if (replay) return replay;

  const use = decideCouponUse(toCouponFacts(coupon), input, now);
  if (!use.ok) throw new AppError(use.code, couponRefusalMessage(use));

  const [redeemed] = await sql.query<CouponRow>(
    `update coupon set status = 'redeemed', redeemed_at = $3, redeemed_order_id = $2,
            redeemed_discount_fen = $4
      where id = $1 and status = 'issued' and expires_at > $3
      returning ${COUPON_COLUMNS}`,
    [input.couponId, input.orderId, now, use.discountFen],
  );
  if (redeemed) {
    return {
      coupon: toCouponView(redeemed, now),
      discountFen: use.discountFen,
      payableFen: use.payableFen,
      replayed: false,
    };
  }
  // Another redemption won between the read and the update.
  const winner = replayOf(await readCoupon(sql, input.couponId), input, now);
  if (winner) return winner;
  throw new AppError('ALREADY_REDEEMED', 'the coupon was already used for another order');
}

async function readCoupon(sql: Sql, couponId: string): Promise<CouponRow> {
  const [coupon] = await sql.query<CouponRow>(
    `select ${COUPON_COLUMNS} from coupon where id = $1`,
    [couponId],
  );
  if (!coupon) throw new AppError('NOT_FOUND', `no coupon "${couponId}"`);
  return coupon;
}

/** The first answer again, when this coupon was already used by this very order. */
function replayOf(coupon: CouponRow, input: RedeemRequest, now: Date): CouponRedeemResult | null {
  if (coupon.status !== 'redeemed' || coupon.redeemed_order_id !== input.orderId) return null;
  if (coupon.owner_openid !== input.buyerOpenid) return null;
  const discountFen = coupon.redeemed_discount_fen ?? 0;
  return {
    coupon: toCouponView(coupon, now),
    discountFen,
    payableFen: Math.max(0, input.amountFen - discountFen),
    replayed: true,
  };
}
