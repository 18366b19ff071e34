import type { Store } from '../../store/store';
import { findCampaignOfKind } from '../campaign/find-campaign';
import { settleIfDue } from './fcode-row';

/** The local host's sweep: every live F码 campaign, each in its own short transaction. */
export async function settleAllFcodes(store: Store, now: Date): Promise<void> {
  const live = await store.query<{ id: string }>(
    `select id from campaign where kind = 'fcode' and status = 'live'`,
  );
  for (const { id } of live) {
    await store.transaction(async (tx) => {
      const campaign = await findCampaignOfKind(tx, id, 'fcode');
      await settleIfDue(tx, campaign, now);
    });
  }
}
