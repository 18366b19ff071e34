import type { CouponQuote, CouponQuoteResult, CouponRefusalView } from '../../contracts/coupon';
import {
  decideCouponUse,
  type Basket,
  type CouponRefusal,
} from '../../domain/coupon/decide-coupon-use';
import type { Caller, Deps } from '../deps';
import { COUPON_COLUMNS, toCouponFacts, toCouponView, type CouponRow } from './coupon-row';

/**
 * Before paying, a checkout asks which of the caller's coupons apply to a basket and what each
 * would take off, through the same rule that redeems them. Usable ones come first, the
 * largest discount first; the rest say why not (e.g. how far the basket is from the minimum).
 * Only coupons still to be used are quoted: used and expired ones are history.
 */
export async function quoteCoupons(
  basket: Omit<Basket, 'buyerOpenid'>,
  caller: Caller,
  { store, clock }: Deps,
): Promise<CouponQuoteResult> {
  const now = clock();
  const rows = await store.query<CouponRow>(
    `select ${COUPON_COLUMNS} from coupon
      where owner_openid = $1 and status = 'issued' and expires_at > $2
      order by expires_at, id limit 200`,
    [caller.openid, now],
  );
  const quotes = rows.map((row): CouponQuote => {
    const coupon = toCouponView(row, now);
    const use = decideCouponUse(toCouponFacts(row), { ...basket, buyerOpenid: caller.openid }, now);
    return use.ok
      ? { usable: true, coupon, discountFen: use.discountFen, payableFen: use.payableFen }
      : { usable: false, coupon, refusal: toRefusalView(use) };
  });
  return { quotes: quotes.sort(byUsefulness) };
}

const rank = (q: CouponQuote) => (q.usable ? -q.discountFen : 1);

/** Usable first, biggest saving first; stable otherwise (soonest to expire first). */
function byUsefulness(a: CouponQuote, b: CouponQuote): number {
  return rank(a) - rank(b);
}

function toRefusalView(refusal: CouponRefusal): CouponRefusalView {
  if (refusal.code === 'COUPON_NOT_STARTED') {
    return { code: refusal.code, startsAt: refusal.startsAt.toISOString() };
  }
  const { ok: _ok, ...rest } = refusal;
  return rest;
}
