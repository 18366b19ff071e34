import { useEffect, useState } from 'react';
import type { CouponQuote } from '../../cloudfunctions/contracts/coupon';
import { quoteCoupons } from '../services/coupon';

export interface CouponChoice {
  quotes: CouponQuote[];
  /** The coupon to pay with: the best usable one unless the shopper chose another or none. */
  selectedId: string | null;
  select: (couponId: string | null) => void;
}

/**
 * What the viewer's coupons would take off a basket, asked of the server (the same rule that
 * redeems them), for a checkout to offer before paying. No basket, no question.
 */
export function useCouponQuote(basket: { amountFen: number; productIds: string[] } | null) {
  const [quotes, setQuotes] = useState<CouponQuote[]>([]);
  const [chosen, setChosen] = useState<string | null | undefined>(undefined);
  const key = basket ? `${basket.amountFen}:${basket.productIds.join(',')}` : null;
  useEffect(() => {
    setQuotes([]);
    setChosen(undefined);
    if (!basket) return undefined;
    let current = true;
    void quoteCoupons(basket).then((result) => {
      if (current && result.ok) setQuotes(result.data.quotes);
    });
    return () => {
      current = false;
    };
    // The basket is compared by value: a new object with the same items asks nothing new.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  const best = quotes.find((q) => q.usable)?.coupon.id ?? null;
  const choice: CouponChoice = {
    quotes,
    selectedId: chosen === undefined ? best : chosen,
    select: setChosen,
  };
  return choice;
}
