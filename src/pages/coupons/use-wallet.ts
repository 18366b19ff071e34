import { useCallback, useEffect, useState } from 'react';
import type { CouponView } from '../../../cloudfunctions/contracts/coupon';
import type { ErrorBody } from '../../../cloudfunctions/contracts/errors';
import { listCoupons } from '../../services/coupon';

export type WalletState =
  | { status: 'loading' }
  | { status: 'error'; error: ErrorBody }
  | { status: 'ready'; coupons: CouponView[] };

export function useWallet() {
  const [state, setState] = useState<WalletState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // An answer for an earlier persona must not overwrite the current one's wallet.
    let current = true;
    setState({ status: 'loading' });
    void listCoupons().then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { status: 'ready', coupons: result.data.coupons }
          : { status: 'error', error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  return { state, reload };
}
