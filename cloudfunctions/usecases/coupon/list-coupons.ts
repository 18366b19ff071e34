import type { CouponListResult } from '../../contracts/coupon';
import type { Caller, Deps } from '../deps';
import { COUPON_COLUMNS, toCouponView, type CouponRow } from './coupon-row';

export async function listCoupons(
  caller: Caller,
  { store, clock }: Deps,
): Promise<CouponListResult> {
  const now = clock();
  const rows = await store.query<CouponRow>(
    `select ${COUPON_COLUMNS} from coupon where owner_openid = $1 order by issued_at desc, id limit 200`,
    [caller.openid],
  );
  return { coupons: rows.map((row) => toCouponView(row, now)) };
}
