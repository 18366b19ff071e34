/**
 * A group's event says what its settlement did, also at the deadline's edge: a payment that
 * held the group's lock as the deadline passed is a paid seat of the failed group, so its order
 * is among the refunds group.failed lists. Only the PostgreSQL server can interleave the two
 * (PGlite runs one transaction at a time), so this runs when DATABASE_URL is set.
 *
 * Checked with the event written in the settling update's own statement (its subqueries read
 * that statement's snapshot, taken before it waited for the payment's lock): the late payer's
 * order is missing from refundsOwed and memberOpenids while it is flagged for refund.
 */
import { Client } from 'pg';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import type { Caller, Deps } from '../../../cloudfunctions/usecases/deps';
import { functionHandlers } from '../../../cloudfunctions/functions/registry';
import { aGroupCampaign } from '../../support/builders/campaign-config';
import { gatedStore } from '../../support/gated-store';
import { openHarness, type Harness } from '../../support/harness';
import { eventsOf, parsedPayload } from '../../support/outbox';
import { describeOnServer } from '../../support/on-server';

const START = '2026-03-01T10:00:00.000+08:00';
const HOUR = 3_600_000;
describeOnServer('group events under concurrency on pg', () => {
  let h: Harness;
  let watcher: Client;
  beforeAll(async () => {
    h = await openHarness('pg', START);
    watcher = new Client({ connectionString: process.env.DATABASE_URL });
    await watcher.connect();
  });
  afterAll(async () => {
    await watcher.end();
    await h.close();
  });

  /** Until some backend waits for a row lock on the settling update. */
  async function settlerWaiting(): Promise<void> {
    for (let i = 0; i < 500; i += 1) {
      const { rows } = await watcher.query(
        `select 1 from pg_stat_activity
          where wait_event_type = 'Lock' and query like '%update group_buy%set status = case%'`,
      );
      if (rows.length > 0) return;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    throw new Error('the settler never waited for the payment’s lock');
  }

  test('a payment holding the lock as the deadline passes is among the failed group’s refunds', async () => {
    const c = await h.save(aGroupCampaign({ size: 3, durationHours: 1 }));
    const { group } = await h.ok('group', { action: 'open', campaignId: c.id }, 'lea');
    const report = (deps: Deps, orderId: string, buyerOpenid: string) =>
      functionHandlers.order(
        { action: 'report', orderId, buyerOpenid, amountFen: 6900, groupId: group.id },
        { openid: 'merchant', role: 'merchant' } satisfies Caller,
        deps,
      ) as Promise<FunctionResult<unknown>>;
    await report(h.deps, `${group.id}-lea`, 'lea');
    await h.ok('group', { action: 'join', groupId: group.id }, 'fay');

    const deadline = Date.parse(START) + HOUR;
    // Fay's payment a millisecond before the deadline, held once it has the group's lock.
    const gate = gatedStore(h.store, /from group_buy where id = \$1 for no key update/);
    const paying = report(
      { store: gate.store, clock: () => new Date(deadline - 1) },
      `${group.id}-fay`,
      'fay',
    );
    await gate.reached;
    // Gus looks at the group at the deadline: the settling update waits for Fay's payment.
    const looking = functionHandlers.group(
      { action: 'get', groupId: group.id },
      {
        openid: 'gus',
        role: 'shopper',
      } satisfies Caller,
      { store: h.store, clock: () => new Date(deadline) },
    );
    await settlerWaiting();
    gate.open();
    expect((await paying).ok).toBe(true);
    expect((await looking).ok).toBe(true);

    const refunded = await h.store.query<{ order_id: string }>(
      'select order_id from shop_order where group_id = $1 and refund_due order by order_id',
      [group.id],
    );
    expect(refunded.map((o) => o.order_id)).toEqual([`${group.id}-fay`, `${group.id}-lea`]);
    const [failed, ...more] = await eventsOf(h.store, c.id, 'group.failed');
    expect(more).toEqual([]);
    expect(parsedPayload(failed!)).toMatchObject({
      memberOpenids: ['lea', 'fay'],
      refundsOwed: [
        { orderId: `${group.id}-lea`, buyerOpenid: 'lea', amountFen: 6900 },
        { orderId: `${group.id}-fay`, buyerOpenid: 'fay', amountFen: 6900 },
      ],
    });
  });
});
