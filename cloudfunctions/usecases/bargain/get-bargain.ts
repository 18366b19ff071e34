import type { BargainGetResult, BargainMineResult } from '../../contracts/bargain';
import type { Caller, Deps } from '../deps';
import { findCampaignOfKind } from '../campaign/find-campaign';
import { BARGAIN_COLUMNS, findBargain, type BargainRow } from './bargain-row';
import { bargainView } from './bargain-view';

export async function getBargain(
  input: { bargainId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<BargainGetResult> {
  const now = clock();
  const bargain = await findBargain(store, input.bargainId);
  const { config } = await findCampaignOfKind(store, bargain.campaign_id, 'bargain');
  return { bargain: await bargainView(store, bargain, config, caller, now) };
}

/** The caller's own bargains, newest first. */
export async function listMyBargains(
  input: { campaignId?: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<BargainMineResult> {
  const now = clock();
  const rows = await store.query<BargainRow>(
    `select ${BARGAIN_COLUMNS} from bargain
      where initiator_openid = $1 and ($2::text is null or campaign_id = $2)
      order by started_at desc limit 20`,
    [caller.openid, input.campaignId ?? null],
  );
  const bargains = [];
  for (const row of rows) {
    const { config } = await findCampaignOfKind(store, row.campaign_id, 'bargain');
    bargains.push(await bargainView(store, row, config, caller, now));
  }
  return { bargains };
}
