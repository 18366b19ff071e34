export interface CouponTerms {
  valueFen?: number;
  percentOff?: number;
  minSpendFen: number;
}

/**
 * The fen a coupon takes off an order. Below the minimum spend it takes nothing; it never
 * takes more than the order; a percentage rounds down to whole fen, so the discount never
 * exceeds the advertised percentage. Contracts guarantee exactly one of `valueFen` and
 * `percentOff`; terms with neither take nothing.
 */
export function discountFen(terms: CouponTerms, orderAmountFen: number): number {
  if (orderAmountFen < terms.minSpendFen) return 0;
  if (terms.valueFen !== undefined) return Math.min(terms.valueFen, orderAmountFen);
  if (terms.percentOff !== undefined) return Math.floor((orderAmountFen * terms.percentOff) / 100);
  return 0;
}
