import { AppError } from '../../contracts/errors';
import type { GroupGetResult, GroupMineResult } from '../../contracts/group';
import type { Caller, Deps } from '../deps';
import { findCampaignOfKind, type StoredCampaign } from '../campaign/find-campaign';
import type { GroupCampaign } from '../../contracts/campaign-config';
import { GROUP_COLUMNS, settleGroups, type GroupRow } from './group-row';
import { groupView } from './group-view';

/** One group as the caller may see it; a group past its deadline is settled first. */
export async function getGroup(
  input: { groupId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<GroupGetResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    await settleGroups(tx, now, { groupId: input.groupId });
    const [row] = await tx.query<GroupRow>(`select ${GROUP_COLUMNS} from group_buy where id = $1`, [
      input.groupId,
    ]);
    if (!row) throw new AppError('NOT_FOUND', `no group "${input.groupId}"`);
    const campaign = await findCampaignOfKind(tx, row.campaign_id, 'group');
    return { group: await groupView(tx, row, campaign, caller, now) };
  });
}

const MINE_LIMIT = 50;

/** The groups the caller leads or holds a seat in (newest first), optionally in one campaign. */
export async function listMyGroups(
  input: { campaignId?: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<GroupMineResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const due = await tx.query<{ id: string }>(
      `select g.id from group_buy g join group_seat s on s.group_id = g.id
        where s.openid = $1 and g.status = 'open' and g.ends_at <= $2`,
      [caller.openid, now],
    );
    for (const { id } of due) await settleGroups(tx, now, { groupId: id });
    const rows = await tx.query<GroupRow>(
      `select ${GROUP_COLUMNS} from group_buy
        where id in (select group_id from group_seat where openid = $1 and status <> 'released')
          and ($2::text is null or campaign_id = $2)
        order by opened_at desc limit ${MINE_LIMIT}`,
      [caller.openid, input.campaignId ?? null],
    );
    const campaigns = new Map<string, StoredCampaign & { config: GroupCampaign }>();
    const groups = [];
    for (const row of rows) {
      let campaign = campaigns.get(row.campaign_id);
      if (!campaign) {
        campaign = await findCampaignOfKind(tx, row.campaign_id, 'group');
        campaigns.set(row.campaign_id, campaign);
      }
      groups.push(await groupView(tx, row, campaign, caller, now));
    }
    return { groups };
  });
}
