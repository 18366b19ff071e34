import { AppError } from '../../contracts/errors';
import type { SeatStatus } from '../../contracts/group';
import { sqlParams } from '../../store/refused-in-statement';
import type { Sql } from '../../store/store';
import {
  GROUP_COLUMNS,
  groupFormedCte,
  lockSettledGroup,
  releaseLapsedHolds,
  type GroupRow,
} from './group-row';

export type SeatOutcome = 'seat' | 'refund_due';

/**
 * A reported payment for a group seat, inside the order report's transaction. Membership is
 * only ever confirmed here (by the merchant's checkout), under the group's row lock: the
 * buyer's held seat becomes paid (even if its window lapsed, as long as no one took it), or a
 * free seat is taken for them; the payment that finds the group full, settled or already paid
 * for by this buyer is owed a refund. The seat that makes the group full of paid members
 * completes it, exactly once, and records group.formed in the same statement.
 */
export async function confirmSeat(
  tx: Sql,
  input: { groupId: string; buyerOpenid: string; orderId: string },
  now: Date,
): Promise<SeatOutcome> {
  const group = await lockSettledGroup(tx, input.groupId, now);
  if (!group) throw new AppError('NOT_FOUND', `no group "${input.groupId}"`);
  const [seat] = await tx.query<{ status: SeatStatus }>(
    'select status from group_seat where group_id = $1 and openid = $2',
    [group.id, input.buyerOpenid],
  );
  const paid =
    group.status === 'open' &&
    seat?.status !== 'paid' &&
    (await paySeat(tx, group, input, seat?.status, now));
  if (!paid) {
    await tx.query('update shop_order set refund_due = true where order_id = $1', [input.orderId]);
    if (seat?.status !== 'paid') {
      await tx.query(
        `insert into group_seat (group_id, openid, status, joined_at, order_id, paid_at)
         values ($1, $2, 'refund_due', $3, $4, $3)
         on conflict (group_id, openid) do update
           set status = 'refund_due', hold_until = null, order_id = excluded.order_id,
               paid_at = excluded.paid_at`,
        [group.id, input.buyerOpenid, now, input.orderId],
      );
    }
    return 'refund_due';
  }
  // Exactly one report's transaction gets the row back: the one that completed the group.
  const p = sqlParams();
  await tx.query(
    `with formed as (
       update group_buy set status = 'completed', settled_at = ${p.add(now)}::timestamptz
        where id = ${p.add(group.id)} and status = 'open' and members = size
        returning ${GROUP_COLUMNS}
     ),
     ${groupFormedCte(p, 'formed', now)}
     select id from formed`,
    p.values,
  );
  return 'seat';
}

/** Marks the buyer's seat paid, taking a free one if they hold none; false when none is free. */
async function paySeat(
  tx: Sql,
  group: GroupRow,
  input: { buyerOpenid: string; orderId: string },
  seat: SeatStatus | undefined,
  now: Date,
): Promise<boolean> {
  if (seat !== 'held') {
    await releaseLapsedHolds(tx, group, now);
    const taken = await tx.query(
      `update group_buy set seats_taken = seats_taken + 1
        where id = $1 and status = 'open' and seats_taken < size returning id`,
      [group.id],
    );
    if (taken.length === 0) return false;
    group.seats_taken += 1;
  }
  await tx.query(
    `insert into group_seat (group_id, openid, status, joined_at, order_id, paid_at)
     values ($1, $2, 'paid', $3, $4, $3)
     on conflict (group_id, openid) do update
       set status = 'paid', hold_until = null, order_id = excluded.order_id, paid_at = excluded.paid_at`,
    [group.id, input.buyerOpenid, now, input.orderId],
  );
  await tx.query('update group_buy set members = members + 1 where id = $1', [group.id]);
  group.members += 1;
  return true;
}
