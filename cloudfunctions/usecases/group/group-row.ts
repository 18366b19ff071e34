import { sqlParams, type SqlParams } from '../../store/refused-in-statement';
import type { Sql } from '../../store/store';
import { outboxCte, targetSql } from '../outbox/outbox-cte';

export interface GroupRow {
  id: string;
  campaign_id: string;
  leader_openid: string;
  status: 'open' | 'completed' | 'failed';
  size: number;
  seats_taken: number;
  members: number;
  group_price_fen: number;
  on_short: 'fail' | 'complete';
  payment_minutes: number;
  opened_at: Date;
  ends_at: Date;
  settled_at: Date | null;
}

export const GROUP_COLUMNS = `id, campaign_id, leader_openid, status, size, seats_taken, members,
  group_price_fen, on_short, payment_minutes, opened_at, ends_at, settled_at`;

/**
 * The group, locked for the rest of the transaction: every seat change goes through here.
 * `for no key update`, not `for update`: an order report inserts its shop_order row (whose
 * foreign key takes a key-share lock on the group) before it locks the group, and two
 * reports upgrading their key-share locks to `for update` deadlock each other.
 */
export async function lockGroup(tx: Sql, groupId: string): Promise<GroupRow | undefined> {
  const [row] = await tx.query<GroupRow>(
    `select ${GROUP_COLUMNS} from group_buy where id = $1 for no key update`,
    [groupId],
  );
  return row;
}

/**
 * The group with its deadline honoured: settled first if it is due (which takes the row lock
 * itself), then locked for the rest of the transaction. Every seat change starts here.
 */
export async function lockSettledGroup(
  tx: Sql,
  groupId: string,
  now: Date,
): Promise<GroupRow | undefined> {
  await settleGroups(tx, now, { groupId });
  return lockGroup(tx, groupId);
}

export type SettleScope = { groupId: string } | { campaignId: string } | Record<string, never>;

/**
 * Settles open groups whose deadline has passed, as their config says: completed with those
 * who paid (`onShort: 'complete'` and someone paid), else failed. A failed group owes its paid
 * members a refund and gives its leader's lead back; held seats are released either way; the
 * leader is told (group.formed or group.failed, with the members and refunds). The status
 * update is conditional (`status = 'open'`), so of concurrent settlers exactly one does the
 * work, and tells. Called on demand by every group action (WeChat has no background sweep) and by the
 * local host's sweep. Returns how many groups were settled.
 */
export async function settleGroups(sql: Sql, now: Date, scope: SettleScope = {}): Promise<number> {
  const filter =
    'groupId' in scope ? 'and id = $2' : 'campaignId' in scope ? 'and campaign_id = $2' : '';
  const params: unknown[] = [now];
  if ('groupId' in scope) params.push(scope.groupId);
  else if ('campaignId' in scope) params.push(scope.campaignId);
  const settled = await sql.query<{ id: string; status: 'completed' | 'failed' }>(
    `update group_buy
        set status = case when on_short = 'complete' and members >= 1 then 'completed' else 'failed' end,
            settled_at = ends_at,
            seats_taken = members
      where status = 'open' and ends_at <= $1 ${filter}
      returning id, status, campaign_id, leader_openid`,
    params,
  );
  if (settled.length === 0) return 0;
  const all = settled.map((g) => g.id);
  const failed = settled.filter((g) => g.status === 'failed').map((g) => g.id);
  // The events ride on the next statement, not on the update: a payment that held a group's
  // lock as its deadline passed commits while the update waits, and the update's own snapshot
  // (taken before it waited) would leave that paid seat out of the members and refunds. Now
  // that the update holds the locks, this statement sees every seat paid.
  const p = sqlParams();
  const ids = `${p.add(all)}::text[]`;
  await sql.query(
    `with released as (
       update group_seat set status = 'released', hold_until = null
        where group_id = any(${ids}) and status = 'held'
     ),
     settled as (select ${GROUP_COLUMNS} from group_buy where id = any(${ids})),
     ${groupFormedCte(p, 'settled', now)},
     ${groupFailedCte(p, 'settled', now)}
     select 1`,
    p.values,
  );
  if (failed.length > 0) {
    await sql.query(
      `update group_seat set status = 'refund_due'
        where group_id = any($1) and status = 'paid'`,
      [failed],
    );
    const refunded = await sql.query<{ order_id: string }>(
      'update shop_order set refund_due = true where group_id = any($1) returning order_id',
      [failed],
    );
    // The orders' credits were waiting out the refund window: the refund has come.
    await sql.query(
      `update conversion set status = 'rejected'
        where stage in ('ordered', 'coupon_used') and status = 'pending' and ref_id = any($1)`,
      [refunded.map((o) => o.order_id)],
    );
    // One open group per leader and campaign (a unique index), so each count drops by one.
    await sql.query(
      `delete from start_count s using group_buy g
        where g.id = any($1) and s.campaign_id = g.campaign_id and s.openid = g.leader_openid
          and s.starts = 1`,
      [failed],
    );
    await sql.query(
      `update start_count s set starts = s.starts - 1
         from group_buy g
        where g.id = any($1) and s.campaign_id = g.campaign_id and s.openid = g.leader_openid
          and s.starts > 1`,
      [failed],
    );
  }
  return settled.length;
}

/**
 * Gives back the seats of people whose payment window lapsed, under the group's row lock
 * (the caller holds it). Returns how many seats came free.
 */
export async function releaseLapsedHolds(tx: Sql, group: GroupRow, now: Date): Promise<number> {
  const released = await tx.query(
    `update group_seat set status = 'released', hold_until = null
      where group_id = $1 and status = 'held' and hold_until <= $2
      returning openid`,
    [group.id, now],
  );
  if (released.length > 0) {
    await tx.query('update group_buy set seats_taken = seats_taken - $2 where id = $1', [
      group.id,
      released.length,
    ]);
    group.seats_taken -= released.length;
  }
  return released.length;
}

/**
 * Serialises one person's seat-taking in a campaign (their campaign_user row is the lock, so
 * it never queues anyone else) and says whether they may hold one more unpaid seat: at most
 * `maxHeld` live holds in open groups of the campaign, the group being joined aside. Without
 * the lock, two joins by one person would each count the other's seat as not yet taken.
 */
export async function mayHoldAnotherSeat(
  tx: Sql,
  input: { campaignId: string; openid: string; maxHeld: number; exceptGroupId?: string },
  now: Date,
): Promise<boolean> {
  await tx.query('select 1 from campaign_user where campaign_id = $1 and openid = $2 for update', [
    input.campaignId,
    input.openid,
  ]);
  const [row] = await tx.query<{ held: number }>(
    `select count(*)::int as held from group_seat s join group_buy g on g.id = s.group_id
      where g.campaign_id = $1 and s.openid = $2 and g.status = 'open' and s.status = 'held'
        and s.hold_until > $3 and g.id is distinct from $4`,
    [input.campaignId, input.openid, now, input.exceptGroupId ?? null],
  );
  return (row?.held ?? 0) < input.maxHeld;
}

const PAID_MEMBERS = `(select coalesce(jsonb_agg(s.openid order by s.paid_at, s.openid), '[]'::jsonb)
    from group_seat s where s.group_id = g.id and s.status = 'paid')`;

const toldLeader = (now: Date) => ({
  recipientOpenid: 'g.leader_openid',
  campaignId: 'g.campaign_id',
  target: targetSql('group', 'g.id'),
  now,
});

/**
 * group.formed for the groups `source` (a CTE returning GROUP_COLUMNS) just completed, told to
 * the leader; the dispatcher tells the other paid members from `memberOpenids`.
 */
export function groupFormedCte(p: SqlParams, source: string, now: Date): string {
  return outboxCte(p, 'told_formed', {
    ...toldLeader(now),
    eventType: 'group.formed',
    from: `${source} g`,
    where: "g.status = 'completed'",
    idempotencyKey: "'group.formed:' || g.id",
    payload: {
      campaignId: 'g.campaign_id',
      groupId: 'g.id',
      leaderOpenid: 'g.leader_openid',
      memberOpenids: PAID_MEMBERS,
      seats: 'g.members',
    },
  });
}

/** group.failed for the groups `source` just failed, with the refund each paid seat is owed. */
function groupFailedCte(p: SqlParams, source: string, now: Date): string {
  return outboxCte(p, 'told_failed', {
    ...toldLeader(now),
    eventType: 'group.failed',
    from: `${source} g`,
    where: "g.status = 'failed'",
    idempotencyKey: "'group.failed:' || g.id",
    payload: {
      campaignId: 'g.campaign_id',
      groupId: 'g.id',
      leaderOpenid: 'g.leader_openid',
      memberOpenids: PAID_MEMBERS,
      // What each paid: the order's amount less what its coupon took off.
      refundsOwed: `(select coalesce(jsonb_agg(jsonb_build_object('orderId', o.order_id,
           'buyerOpenid', o.buyer_openid, 'amountFen', o.amount_fen - o.discount_fen)
           order by s.paid_at, o.order_id), '[]'::jsonb)
         from group_seat s join shop_order o on o.order_id = s.order_id
        where s.group_id = g.id and s.status = 'paid')`,
    },
  });
}
