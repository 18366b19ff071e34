import { AppError } from '../../contracts/errors';
import type { GroupJoinResult, SeatStatus } from '../../contracts/group';
import { holdUntil, joinRefusal } from '../../domain/group/decide-join';
import { keepsPromises } from '../../domain/campaign/campaign-lifecycle';
import type { Caller, Deps } from '../../functions/caller';
import { findCampaignOfKind } from '../campaign/find-campaign';
import { markParticipant, seeUser } from '../campaign/see-user';
import { GROUP_MESSAGES, HOLD_LIMIT_MESSAGE } from './group-messages';
import { lockSettledGroup, mayHoldAnotherSeat, releaseLapsedHolds } from './group-row';
import { groupView } from './group-view';

/**
 * Takes a seat in a group for the caller, held for their payment window. Everything happens
 * under the group's row lock: a due group is settled, lapsed holds are given back, then the
 * seat is taken by a conditional update (`seats_taken < size`), so no number of concurrent
 * joiners can overfill a group. A person holds at most one seat: joining again hands back the
 * seat they hold or paid for. Someone whose payment found no seat (owed a refund) may join
 * again when one frees up: their row becomes a fresh hold, the refunded order stays refunded.
 */
export async function joinGroup(
  input: { groupId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<GroupJoinResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const group = await lockSettledGroup(tx, input.groupId, now);
    if (!group) throw new AppError('NOT_FOUND', `no group "${input.groupId}"`);
    const campaign = await findCampaignOfKind(tx, group.campaign_id, 'group');
    await releaseLapsedHolds(tx, group, now);
    const [seat] = await tx.query<{ status: SeatStatus }>(
      'select status from group_seat where group_id = $1 and openid = $2',
      [group.id, caller.openid],
    );
    if (seat?.status === 'held' || seat?.status === 'paid') {
      return { group: await groupView(tx, group, campaign, caller, now), joined: false };
    }
    const refusal = joinRefusal({
      status: group.status,
      campaignKeepsPromises: keepsPromises(campaign.status),
      seatsLeft: group.size - group.seats_taken,
      viewerSeat: seat?.status ?? null,
    });
    if (refusal) throw new AppError(refusal, GROUP_MESSAGES[refusal]);
    await seeUser(tx, caller.openid, campaign.id, now);
    const mayHold = await mayHoldAnotherSeat(
      tx,
      {
        campaignId: campaign.id,
        openid: caller.openid,
        maxHeld: campaign.config.group.maxHeldSeatsPerPerson,
        exceptGroupId: group.id,
      },
      now,
    );
    if (!mayHold) throw new AppError('HOLD_LIMIT', HOLD_LIMIT_MESSAGE);

    const taken = await tx.query(
      `update group_buy set seats_taken = seats_taken + 1
        where id = $1 and status = 'open' and seats_taken < size returning id`,
      [group.id],
    );
    if (taken.length === 0) throw new AppError('GROUP_FULL', GROUP_MESSAGES.GROUP_FULL);
    group.seats_taken += 1;
    const held = await tx.query(
      `insert into group_seat (group_id, openid, status, joined_at, hold_until)
       values ($1, $2, 'held', $3, $4)
       on conflict (group_id, openid) do update
         set status = 'held', joined_at = excluded.joined_at, hold_until = excluded.hold_until,
             order_id = null, paid_at = null
         where group_seat.status in ('released', 'refund_due')
       returning openid`,
      [group.id, caller.openid, now, holdUntil(now, group.payment_minutes, group.ends_at)],
    );
    if (held.length === 0) throw new Error(`seat of ${caller.openid} changed under the group lock`);
    await markParticipant(tx, caller.openid, campaign.id, now);
    return { group: await groupView(tx, group, campaign, caller, now), joined: true };
  });
}
