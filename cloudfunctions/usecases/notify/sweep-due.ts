import type { Store } from '../../store/store';
import { expireAssists } from '../assist/assist-row';
import { settleAllFcodes } from '../fcode/settle-all-fcodes';
import { settleGroups } from '../group/group-row';

/**
 * What comes due with time even if nobody looks: lapsed assists give their reserved reward
 * budget back, groups past their deadline are settled (refunds flagged, the failure told),
 * and F码 due to move go to their givers or the waitlist. The local host runs it every
 * minute; in WeChat the timer-triggered `dispatch` function does, before it delivers.
 */
export async function sweepDue(store: Store, now: Date): Promise<void> {
  await expireAssists(store, now);
  await store.transaction((tx) => settleGroups(tx, now));
  await settleAllFcodes(store, now);
}
