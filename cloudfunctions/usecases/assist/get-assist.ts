import type { AssistGetResult, AssistMineResult } from '../../contracts/assist';
import type { Caller, Deps } from '../deps';
import { findCampaignOfKind } from '../campaign/find-campaign';
import { ASSIST_COLUMNS, findAssist, type AssistRow } from './assist-row';
import { assistView } from './assist-view';

export async function getAssist(
  input: { assistId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<AssistGetResult> {
  const now = clock();
  const assist = await findAssist(store, input.assistId);
  const { config } = await findCampaignOfKind(store, assist.campaign_id, 'assist');
  return { assist: await assistView(store, assist, config, caller, now) };
}

export async function listMyAssists(
  input: { campaignId?: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<AssistMineResult> {
  const now = clock();
  const rows = await store.query<AssistRow>(
    `select ${ASSIST_COLUMNS} from assist
      where initiator_openid = $1 and ($2::text is null or campaign_id = $2)
      order by started_at desc limit 20`,
    [caller.openid, input.campaignId ?? null],
  );
  const assists = [];
  for (const row of rows) {
    const { config } = await findCampaignOfKind(store, row.campaign_id, 'assist');
    assists.push(await assistView(store, row, config, caller, now));
  }
  return { assists };
}
