import { useCallback, useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ErrorBody } from '../../../cloudfunctions/contracts/errors';
import type { GroupView } from '../../../cloudfunctions/contracts/group';
import { errorMessage } from '../../services/error-message';
import { joinGroup, openGroup } from '../../services/group';
import { CHECKOUT_ELSEWHERE, payForGroup } from '../../services/pay';
import { pageUrl } from '../../utils/routes';

export type GroupBusy = 'join' | 'pay' | 'open';

export interface GroupActionsOptions {
  /** The group shown; another one (or persona) starts with a clean slate. */
  groupKey: string | undefined;
  /** Resolves once the share-token visit is recorded, so the join is credited to the sharer. */
  ensureVisited: () => Promise<unknown>;
  set: (group: GroupView) => void;
  refresh: () => void;
  /** The coupon the shopper chose to pay with, if any. */
  couponId?: string | null;
}

function paymentError(error: ErrorBody): string {
  // The weapp build cannot take the payment: the shopper pays at the merchant's checkout.
  return error.code === 'UNAVAILABLE' ? CHECKOUT_ELSEWHERE : errorMessage(error);
}

/**
 * The viewer's taps on a group page — join (which goes straight on to paying), pay for a held
 * seat, open a group of their own — one call in flight at a time, the last failure kept.
 */
export function useGroupActions({
  groupKey,
  ensureVisited,
  set,
  refresh,
  couponId = null,
}: GroupActionsOptions) {
  const [busy, setBusy] = useState<GroupBusy | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Taps that arrive before React has re-rendered the disabled button: a second payment
  // would be a second order (owed a refund), so the guard cannot wait for `busy`.
  const inFlight = useRef(false);
  const guarded = useCallback(async (run: () => Promise<void>) => {
    if (inFlight.current) return;
    inFlight.current = true;
    try {
      await run();
    } finally {
      inFlight.current = false;
    }
  }, []);

  const forgetTaps = useCallback(() => setError(null), []);
  useEffect(forgetTaps, [groupKey, forgetTaps]);

  const payHeld = async (group: GroupView) => {
    setBusy('pay');
    const paid = await payForGroup(group.campaignId, group.id, couponId);
    setBusy(null);
    if (!paid.ok) setError(paymentError(paid.error));
    else if (paid.data.order.groupOutcome === 'seat') {
      void Taro.showToast({ title: '支付成功', icon: 'success' });
    }
    // Paid or not, the seat may have moved on (taken, released, refund due): ask the server.
    refresh();
  };

  const join = (group: GroupView) =>
    guarded(async () => {
      setBusy('join');
      setError(null);
      await ensureVisited();
      const joined = await joinGroup(group.id);
      if (!joined.ok) {
        setBusy(null);
        setError(errorMessage(joined.error));
        // The refusal may mean it filled up or ended: show its state now.
        refresh();
        return;
      }
      set(joined.data.group);
      // A retried tap finds the seat already paid: nothing left to pay.
      if (joined.data.group.viewer.seat === 'held') await payHeld(joined.data.group);
      else setBusy(null);
    });

  const pay = (group: GroupView) =>
    guarded(async () => {
      setError(null);
      await payHeld(group);
    });

  const openOwn = (group: GroupView) =>
    guarded(async () => {
      setBusy('open');
      setError(null);
      const opened = await openGroup(group.campaignId);
      setBusy(null);
      if (opened.ok)
        void Taro.redirectTo({ url: pageUrl('group', { groupId: opened.data.group.id }) });
      else setError(errorMessage(opened.error));
    });

  return { busy, error, join, pay, openOwn, forgetTaps };
}
