import { AppError } from '../../contracts/errors';
import type { GroupOpenResult } from '../../contracts/group';
import { holdUntil } from '../../domain/group/decide-join';
import { newId } from '../../domain/shared/ids';
import type { Caller, Deps } from '../deps';
import type { Sql } from '../../store/store';
import { findCampaignOfKind } from '../campaign/find-campaign';
import { seeUser } from '../campaign/see-user';
import { decideStartIn } from '../help/decide-start-in';
import { countStart } from '../help/help-facts';
import { HELP_MESSAGES } from '../help/help-messages';
import { creditParticipation } from '../invite/credit-conversion';
import { HOLD_LIMIT_MESSAGE } from './group-messages';
import { GROUP_COLUMNS, mayHoldAnotherSeat, settleGroups, type GroupRow } from './group-row';
import { groupView } from './group-view';

/**
 * Opens a group led by the caller, or hands back the one they lead that is still open (a
 * retried tap must not open a second). The leader takes the first seat, held like anyone's
 * until their payment is reported. Leads are limited per person; a failed group gives its
 * lead back.
 */
export async function openGroup(
  input: { campaignId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<GroupOpenResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const campaign = await findCampaignOfKind(tx, input.campaignId, 'group');
    const settings = campaign.config.group;
    await seeUser(tx, caller.openid, campaign.id, now);
    const findOpen = async () => openGroupOf(tx, campaign.id, caller.openid);
    let open = await findOpen();
    if (open && open.ends_at.getTime() <= now.getTime()) {
      await settleGroups(tx, now, { groupId: open.id });
      open = undefined;
    }
    const decision = await decideStartIn(
      tx,
      campaign,
      { maxStartsPerUser: settings.maxLeadsPerUser, durationHours: settings.durationHours },
      caller,
      open,
      now,
    );
    if (decision.action === 'reuse') {
      return {
        group: await groupView(tx, decision.existing, campaign, caller, now),
        created: false,
      };
    }
    const [created] = await tx.query<GroupRow>(
      `insert into group_buy (id, campaign_id, leader_openid, status, size, seats_taken, members,
         group_price_fen, on_short, payment_minutes, opened_at, ends_at)
       values ($1, $2, $3, 'open', $4, 1, 0, $5, $6, $7, $8, $9)
       on conflict (campaign_id, leader_openid) where status = 'open' do nothing
       returning ${GROUP_COLUMNS}`,
      [
        newId('grp'),
        campaign.id,
        caller.openid,
        settings.size,
        settings.groupPriceFen,
        settings.onShort,
        settings.paymentMinutes,
        now,
        decision.endsAt,
      ],
    );
    if (!created) {
      const winner = await findOpen();
      if (!winner) throw new Error('group open conflicted but no open group was found');
      return { group: await groupView(tx, winner, campaign, caller, now), created: false };
    }
    const mayHold = await mayHoldAnotherSeat(
      tx,
      {
        campaignId: campaign.id,
        openid: caller.openid,
        maxHeld: settings.maxHeldSeatsPerPerson,
        exceptGroupId: created.id,
      },
      now,
    );
    if (!mayHold) throw new AppError('HOLD_LIMIT', HOLD_LIMIT_MESSAGE);
    if (!(await countStart(tx, campaign.id, caller.openid, settings.maxLeadsPerUser))) {
      throw new AppError('START_LIMIT', HELP_MESSAGES.START_LIMIT);
    }
    await tx.query(
      `insert into group_seat (group_id, openid, status, joined_at, hold_until)
       values ($1, $2, 'held', $3, $4)`,
      [created.id, caller.openid, now, holdUntil(now, settings.paymentMinutes, created.ends_at)],
    );
    await creditParticipation(tx, {
      campaign: campaign.config,
      caller,
      stage: 'started',
      refId: created.id,
      now,
    });
    return { group: await groupView(tx, created, campaign, caller, now), created: true };
  });
}

async function openGroupOf(
  sql: Sql,
  campaignId: string,
  leaderOpenid: string,
): Promise<GroupRow | undefined> {
  const [row] = await sql.query<GroupRow>(
    `select ${GROUP_COLUMNS} from group_buy
      where campaign_id = $1 and leader_openid = $2 and status = 'open'`,
    [campaignId, leaderOpenid],
  );
  return row;
}
