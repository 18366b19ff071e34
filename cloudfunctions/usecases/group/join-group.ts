import type { CampaignConfig, GroupCampaign } from '../../contracts/campaign-config';
import type { CampaignStatus } from '../../contracts/campaign';
import { AppError } from '../../contracts/errors';
import type { GroupJoinResult, SeatStatus } from '../../contracts/group';
import { holdUntil, joinRefusal } from '../../domain/group/decide-join';
import { keepsPromises } from '../../domain/campaign/campaign-lifecycle';
import type { Caller, Deps } from '../deps';
import { findCampaignOfKind } from '../campaign/find-campaign';
import { markParticipant, seeUser } from '../campaign/see-user';
import { GROUP_MESSAGES, HOLD_LIMIT_MESSAGE } from './group-messages';
import { lockSettledGroup, mayHoldAnotherSeat, releaseLapsedHolds } from './group-row';
import { refusedInStatement, sqlParams } from '../../store/refused-in-statement';
import type { Store } from '../../store/store';
import {
  cachedVersions,
  campaignVersion,
  configOf,
  configUnlessCached,
} from '../campaign/campaign-config-cache';
import { GROUP_COLUMNS, type GroupRow } from './group-row';
import { groupView, groupViewFrom, type SeatRow } from './group-view';

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
  deps: Deps,
): Promise<GroupJoinResult> {
  return (await joinQuickly(input, caller, deps)) ?? joinUnderLock(input, caller, deps);
}

interface JoinFacts extends GroupRow {
  campaign_status: CampaignStatus;
  campaign_version: string;
  config: CampaignConfig | null;
  my_status: SeatStatus | null;
  lapsed: number;
  held_elsewhere: number;
}

type JoinWrite = GroupRow & {
  seats: (Omit<SeatRow, 'hold_until' | 'paid_at'> & {
    hold_until: string | null;
    paid_at: string | null;
  })[];
};

/** Thrown to roll back whatever the quick path did (a sighting) before the long way runs. */
const LONG_WAY = new Error('join the long way');

/**
 * The usual join in four round trips, the group's row locked for one statement: in one
 * transaction, the joiner's own campaign_user row is locked (it serialises one person's
 * seat-taking, and queues no one else) with everything the decision needs read alongside,
 * then one statement takes the seat, re-checking on the way what the decision assumed — the
 * group still open, short of its deadline, with a seat, no lapsed hold to give back first, and
 * the joiner under their limit of held seats (counted afresh, after their row's lock). Anything
 * unusual — a due group, lapsed holds, a seat taken meanwhile, someone never seen in the
 * campaign — answers undefined, and joinUnderLock does it the long way, as before.
 */
async function joinQuickly(
  input: { groupId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<GroupJoinResult | undefined> {
  const now = clock();
  try {
    return await store.transaction(async (tx) => {
      const read = () =>
        tx.query<JoinFacts>(
          `select ${GROUP_COLUMNS.split(',')
            .map((c) => `g.${c.trim()}`)
            .join(', ')},
                c.status as campaign_status, ${campaignVersion()} as campaign_version,
                ${configUnlessCached('$2')} as config,
                (select status from group_seat where group_id = g.id and openid = $3) as my_status,
                (select count(*)::int from group_seat
                  where group_id = g.id and status = 'held' and hold_until <= $4) as lapsed,
                (select count(*)::int from group_seat s join group_buy o on o.id = s.group_id
                  where o.campaign_id = g.campaign_id and s.openid = $3 and o.status = 'open'
                    and s.status = 'held' and s.hold_until > $4 and o.id <> g.id) as held_elsewhere
           from group_buy g
           join campaign c on c.id = g.campaign_id
           join campaign_user person on person.campaign_id = g.campaign_id and person.openid = $3
          where g.id = $1
          for update of person`,
          [input.groupId, cachedVersions(store), caller.openid, now],
        );
      let [facts] = await read();
      if (!facts) {
        // A joiner never seen in the campaign has no row to lock yet (a friend from a share
        // card has one: the landing page recorded the visit). Seen, then read again.
        await seeUser(tx, caller.openid, await campaignOfGroup(tx, input.groupId), now);
        [facts] = await read();
      }
      if (!facts || facts.lapsed > 0) throw LONG_WAY;
      if (facts.status !== 'open' || facts.ends_at.getTime() <= now.getTime()) throw LONG_WAY;
      const config = await configOf(store, facts.campaign_id, facts.campaign_version, facts.config);
      if (config.kind !== 'group') throw LONG_WAY;
      const campaign = { id: facts.campaign_id, status: facts.campaign_status, config };
      if (facts.my_status === 'held' || facts.my_status === 'paid') throw LONG_WAY;
      const refusal = joinRefusal({
        status: facts.status,
        campaignKeepsPromises: keepsPromises(campaign.status),
        seatsLeft: facts.size - facts.seats_taken,
        viewerSeat: facts.my_status,
      });
      if (refusal) throw new AppError(refusal, GROUP_MESSAGES[refusal]);
      if (facts.held_elsewhere >= config.group.maxHeldSeatsPerPerson)
        throw new AppError('HOLD_LIMIT', HOLD_LIMIT_MESSAGE);
      const written = await takeSeat(tx, facts, config, caller.openid, now);
      if (!written) throw LONG_WAY;
      const { seats, ...row } = written;
      const hold = holdUntil(now, facts.payment_minutes, facts.ends_at);
      const seen: SeatRow[] = [
        ...seats
          .filter((s) => s.openid !== caller.openid)
          .map((s) => ({
            ...s,
            hold_until: s.hold_until ? new Date(s.hold_until) : null,
            paid_at: s.paid_at ? new Date(s.paid_at) : null,
          })),
        { openid: caller.openid, status: 'held', hold_until: hold, paid_at: null, order_id: null },
      ];
      return { group: groupViewFrom(row, campaign, caller, now, seen), joined: true };
    });
  } catch (error) {
    if (error === LONG_WAY) return undefined;
    const refused = refusedInStatement(error);
    if (refused === 'HOLD_LIMIT') throw new AppError('HOLD_LIMIT', HOLD_LIMIT_MESSAGE);
    // The joiner's seat changed meanwhile (their own second join): the long way says how.
    if (refused === 'SEATED') return undefined;
    throw error;
  }
}

async function campaignOfGroup(
  tx: Parameters<Parameters<Store['transaction']>[0]>[0],
  groupId: string,
): Promise<string> {
  const [row] = await tx.query<{ campaign_id: string }>(
    'select campaign_id from group_buy where id = $1',
    [groupId],
  );
  if (!row) throw new AppError('NOT_FOUND', `no group "${groupId}"`);
  return row.campaign_id;
}

/** The join's one write under the group's lock; undefined when a re-check failed. */
async function takeSeat(
  tx: Parameters<Parameters<Store['transaction']>[0]>[0],
  facts: JoinFacts,
  config: GroupCampaign,
  openid: string,
  now: Date,
): Promise<JoinWrite | undefined> {
  const p = sqlParams();
  const group = p.add(facts.id);
  const me = p.add(openid);
  const at = `${p.add(now)}::timestamptz`;
  const [row] = await tx.query<JoinWrite>(
    `with upd as (
       update group_buy set seats_taken = seats_taken + 1
        where id = ${group} and status = 'open' and ends_at > ${at} and seats_taken < size
          and not exists (select 1 from group_seat
                           where group_id = ${group} and status = 'held' and hold_until <= ${at})
        returning ${GROUP_COLUMNS}
     ),
     seat as (
       insert into group_seat (group_id, openid, status, joined_at, hold_until)
       select id, ${me}, 'held', ${at}, ${p.add(holdUntil(now, facts.payment_minutes, facts.ends_at))}::timestamptz
         from upd
       on conflict (group_id, openid) do update
         set status = 'held', joined_at = excluded.joined_at, hold_until = excluded.hold_until,
             order_id = null, paid_at = null
         where group_seat.status in ('released', 'refund_due')
       returning openid
     ),
     participant as (
       update campaign_user set participated_at = coalesce(participated_at, ${at})
        where campaign_id = ${p.add(facts.campaign_id)} and openid = ${me}
          and exists (select 1 from upd)
     ),
     outcome as (
       select case
         when not exists (select 1 from upd) then null
         when not exists (select 1 from seat) then 'SEATED'
         -- Counted in this statement's snapshot, taken after the joiner's row was locked.
         when (select count(*) from group_seat s join group_buy o on o.id = s.group_id
                where o.campaign_id = ${p.add(facts.campaign_id)} and s.openid = ${me}
                  and o.status = 'open' and s.status = 'held' and s.hold_until > ${at}
                  and o.id <> ${group}) >= ${p.add(config.group.maxHeldSeatsPerPerson)}
           then 'HOLD_LIMIT'
       end as refusal
     )
     select upd.*,
            (select coalesce(json_agg(json_build_object('openid', openid, 'status', status,
                 'hold_until', hold_until, 'paid_at', paid_at, 'order_id', order_id)
                 order by paid_at nulls last, joined_at), '[]')
               from group_seat where group_id = ${group}) as seats,
            fission_refuse(o.refusal) as refused
       from outcome o join upd on true`,
    p.values,
  );
  if (!row) return undefined;
  const { refused: _refused, ...rest } = row as JoinWrite & { refused: unknown };
  return rest;
}

/** The long way, for what joinQuickly leaves: every step under the group's row lock. */
async function joinUnderLock(
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
