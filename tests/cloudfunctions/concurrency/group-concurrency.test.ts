/**
 * Group buys (拼团) under load. These run on the PostgreSQL server when DATABASE_URL is set:
 * PGlite runs one transaction at a time and would pass even without the protections.
 *
 * A spy on the store counts, over committed transactions only, how many calls saw a one-time
 * transition take effect (the completing update, the settling update), so "exactly once" is
 * measured, not inferred from the final row.
 *
 * Checked on the server with a protection removed, one at a time, in a copy of the tree (the
 * shared tree untouched, the copy restored and sha256-compared after each run):
 * - lockGroup back to `for update` (as first written) → the three payment tests fail: an
 *   order report's shop_order insert takes a key-share lock on the group through its foreign
 *   key, then lockGroup upgrades it, and concurrent reports deadlock (40P01, INTERNAL; 3 of 5
 *   holders' payments lost). Fixed with `for no key update`, which key-share does not block;
 * - lockGroup's lock dropped → the settle test fails: a join that read the group before it was
 *   settled answers GROUP_FULL instead of EXPIRED. The counts still hold (see below);
 * - join-group.ts, `and seats_taken < size` dropped → still passes: under the row lock the
 *   refusal computed from `size - seats_taken` refuses first;
 * - both of those → the 100-joiner and join-then-pay tests fail: joiners past the fifth seat hit
 *   the `seats_taken between 0 and size` CHECK and answer INTERNAL (31 of 96);
 * - confirm-seat.ts paySeat, `and seats_taken < size` dropped → the full-group and
 *   join-then-pay tests fail: a payment without a held seat takes a seat that is not there
 *   (the CHECK answers INTERNAL instead of refund_due);
 * - confirm-seat.ts, `and members = size` dropped from the completing update → all four fail:
 *   the first paid seat completes the group and the others are refunded;
 * - confirm-seat.ts, `and status = 'open'` dropped from the completing update (with or without
 *   the lock) → still passes: `members` reaches `size` exactly once (members ≤ seats_taken ≤
 *   size, and only an open group takes payments), so a second completion is unreachable;
 * - group-row.ts settleGroups, `status = 'open'` dropped → the settle test fails: the group is
 *   settled 23 times instead of once, the lead given back again and again.
 * - group-row.ts mayHoldAnotherSeat, the campaign_user `for update` dropped → the 15-groups
 *   test fails: concurrent joins by one person each count no other hold (6 of 15 held).
 */
import { aGroupCampaign } from '../../support/builders/campaign-config';
import { anOrderId, callWith, reportOrder, useHarness } from '../../support/harness';
import { spyOnStore, type StoreSpy } from '../../support/sql-spy';
import { codes, describeOnServer, range } from '../../support/on-server';

/** The completing update in confirmSeat, and the deadline's settling update in settleGroups. */
const COMPLETES = /update group_buy set status = 'completed'/;
const SETTLES = /update group_buy\s+set status = case/;
const FLAGS_REFUNDS = /update shop_order set refund_due = true where group_id = any/;

interface GroupRowState {
  status: string;
  seats_taken: number;
  members: number;
  settled_at: Date | null;
}

describeOnServer('group buys under concurrency on %s', (kind) => {
  const h = useHarness(kind, { poolMax: 32 });
  let spy: StoreSpy;
  beforeAll(() => {
    spy = spyOnStore(h.store);
  });
  beforeEach(() => spy.reset());
  const call = callWith(() => ({ store: spy.store, clock: h.clock.now }));
  const join = (groupId: string, who: string) => call('group', { action: 'join', groupId }, who);
  const pay = (groupId: string, who: string) =>
    call<{ order: { orderId: string; groupOutcome: string } }>(
      'order',
      {
        action: 'report',
        orderId: anOrderId('conc-order'),
        buyerOpenid: who,
        amountFen: 6900,
        groupId,
      },
      'merchant',
      'merchant',
    );
  const groupRow = async (groupId: string) =>
    (
      await h.store.query<GroupRowState>(
        'select status, seats_taken, members, settled_at from group_buy where id = $1',
        [groupId],
      )
    )[0];
  const seats = (groupId: string) =>
    h.store.query<{ openid: string; status: string }>(
      'select openid, status from group_seat where group_id = $1 order by openid',
      [groupId],
    );
  const orders = (groupId: string) =>
    h.store.query<{ buyer_openid: string; refund_due: boolean }>(
      'select buyer_openid, refund_due from shop_order where group_id = $1 order by buyer_openid',
      [groupId],
    );

  /** The 5-seat group completed once, seating exactly `paid`; `refunded` seats owed a refund. */
  const expectFormedOnceWith = async (groupId: string, paid: string[], refunded: number) => {
    expect(spy.transactionsWhere(COMPLETES)).toBe(1);
    expect(await groupRow(groupId)).toMatchObject({
      status: 'completed',
      seats_taken: 5,
      members: 5,
    });
    const seatRows = await seats(groupId);
    expect(seatRows.filter((s) => s.status === 'paid').map((s) => s.openid)).toEqual(
      [...paid].sort(),
    );
    expect(seatRows.filter((s) => s.status === 'refund_due')).toHaveLength(refunded);
  };

  test('100 people joining a 5-person group at once: 4 seats besides the leader’s; then the 5 pay at once: one completion', async () => {
    const c = await h.save(aGroupCampaign({ size: 5 }));
    const { group } = await h.ok('group', { action: 'open', campaignId: c.id }, 'leader');
    const joiners = range(100, 'joiner');

    const joined = await Promise.all(joiners.map((who) => join(group.id, who)));
    expect(codes(joined)).toEqual({ ok: 4, GROUP_FULL: 96 });
    expect(await groupRow(group.id)).toMatchObject({ status: 'open', seats_taken: 5, members: 0 });
    const holders = ['leader', ...joiners.filter((_, i) => joined[i]!.ok)];
    expect((await seats(group.id)).map((s) => [s.openid, s.status])).toEqual(
      [...holders].sort().map((who) => [who, 'held']),
    );

    const paid = await Promise.all(holders.map((who) => pay(group.id, who)));
    expect(codes(paid)).toEqual({ ok: 5 });
    expect(paid.map((r) => (r.ok ? r.data.order.groupOutcome : null))).toEqual(
      Array(5).fill('seat'),
    );
    expect(spy.transactionsWhere(COMPLETES)).toBe(1);
    expect(await groupRow(group.id)).toEqual({
      status: 'completed',
      seats_taken: 5,
      members: 5,
      settled_at: h.clock.now(),
    });
    expect((await seats(group.id)).every((s) => s.status === 'paid')).toBe(true);
    expect((await orders(group.id)).filter((o) => o.refund_due)).toEqual([]);
    const view = await h.ok('group', { action: 'get', groupId: group.id }, 'leader');
    expect(view.group).toMatchObject({ status: 'completed', seatsLeft: 0, holding: 0 });
    expect(view.group.members).toHaveLength(5);
  });

  test('a full group of held seats: 95 payments without a seat and the 5 holders’ at once → 5 seats, 95 refunds, one completion', async () => {
    const c = await h.save(aGroupCampaign({ size: 5 }));
    const { group } = await h.ok('group', { action: 'open', campaignId: c.id }, 'leader3');
    const holders = ['leader3', ...range(4, 'holder')];
    for (const who of holders.slice(1))
      await h.ok('group', { action: 'join', groupId: group.id }, who);
    const strangers = range(95, 'stranger');

    // The strangers first: their payments land while the group is full but still open.
    const results = await Promise.all([...strangers, ...holders].map((who) => pay(group.id, who)));
    expect(codes(results)).toEqual({ ok: 100 });
    const outcomes = results.map((r) => (r.ok ? r.data.order.groupOutcome : null));
    expect(outcomes.slice(0, 95)).toEqual(Array(95).fill('refund_due'));
    expect(outcomes.slice(95)).toEqual(Array(5).fill('seat'));

    await expectFormedOnceWith(group.id, holders, 95);
  });

  test('100 people each joining then paying at once (the leader paying too): 5 members, one completion, every other payment owed a refund', async () => {
    const c = await h.save(aGroupCampaign({ size: 5 }));
    const { group } = await h.ok('group', { action: 'open', campaignId: c.id }, 'leader2');
    const people = range(100, 'buyer');

    const [leaderPaid, ...journeys] = await Promise.all([
      pay(group.id, 'leader2'),
      ...people.map(async (who) => {
        const joined = await join(group.id, who);
        // The checkout runs whatever the join said (a stale page, a slow network).
        return { who, joined, paid: await pay(group.id, who) };
      }),
    ]);
    expect(leaderPaid).toMatchObject({ ok: true, data: { order: { groupOutcome: 'seat' } } });
    const joinCodes = codes(journeys.map((j) => j.joined));
    expect(joinCodes.ok).toBe(4);
    // Refused because every seat was taken, or because the group had already formed.
    expect((joinCodes.GROUP_FULL ?? 0) + (joinCodes.CLOSED ?? 0)).toBe(96);
    expect(codes(journeys.map((j) => j.paid))).toEqual({ ok: 100 });

    const seated = journeys.filter((j) => j.joined.ok).map((j) => j.who);
    const outcome = (who: string) => {
      const paid = journeys.find((j) => j.who === who)!.paid;
      return paid.ok ? paid.data.order.groupOutcome : null;
    };
    for (const j of journeys) expect(outcome(j.who)).toBe(j.joined.ok ? 'seat' : 'refund_due');

    await expectFormedOnceWith(group.id, ['leader2', ...seated], 96);
    const orderRows = await orders(group.id);
    expect(orderRows).toHaveLength(101);
    expect(orderRows.filter((o) => !o.refund_due).map((o) => o.buyer_openid)).toEqual(
      ['leader2', ...seated].sort(),
    );
  });

  test('many callers right after the deadline: the short group settles once, its lead is given back once, its refunds flagged once', async () => {
    const c = await h.save(aGroupCampaign({ size: 3, durationHours: 1, maxLeadsPerUser: 3 }));
    const lead = (who: string) => h.ok('group', { action: 'open', campaignId: c.id }, who);
    // A first group forms: one lead counted for good.
    const formed = (await lead('boss')).group;
    for (const who of ['boss', 'f1', 'f2']) {
      if (who !== 'boss') await h.ok('group', { action: 'join', groupId: formed.id }, who);
      await reportOrder(h, { orderId: `formed-${who}`, buyerOpenid: who, groupId: formed.id });
    }
    // A second group stays short: the leader and a friend who came by the leader's card pay,
    // another friend only holds a seat.
    const short = (await lead('boss')).group;
    const { token } = await h.ok(
      'invite',
      { action: 'share', campaignId: c.id, subjectId: short.id },
      'boss',
    );
    await h.ok('invite', { action: 'visit', campaignId: c.id, token }, 'newbie');
    await h.ok('group', { action: 'join', groupId: short.id }, 'newbie');
    await h.ok('group', { action: 'join', groupId: short.id }, 'holder');
    for (const who of ['boss', 'newbie'])
      await reportOrder(h, { orderId: `short-${who}`, buyerOpenid: who, groupId: short.id });
    const starts = async () =>
      (
        await h.store.query<{ starts: number }>(
          'select starts from start_count where campaign_id = $1 and openid = $2',
          [c.id, 'boss'],
        )
      ).map((r) => r.starts);
    expect(await starts()).toEqual([2]);
    const [pending] = await h.store.query<{ status: string }>(
      `select status from conversion where stage = 'ordered' and ref_id = 'short-newbie'`,
    );
    expect(pending?.status).toBe('pending');

    h.clock.set(short.endsAt);
    spy.reset();
    const results = await Promise.all([
      ...range(20, 'late').map((who) => join(short.id, who)),
      ...range(20, 'viewer').map((who) => call('group', { action: 'get', groupId: short.id }, who)),
      ...['boss', 'newbie', 'holder'].flatMap((who) => [
        call('group', { action: 'get', groupId: short.id }, who),
        call('group', { action: 'mine', campaignId: c.id }, who),
        join(short.id, who),
      ]),
    ]);
    expect(Object.keys(codes(results)).sort()).toEqual(['EXPIRED', 'ok']);

    expect(spy.rowsFrom(SETTLES)).toBe(1);
    expect(spy.rowsFrom(FLAGS_REFUNDS)).toBe(2);
    expect(await groupRow(short.id)).toEqual({
      status: 'failed',
      seats_taken: 2,
      members: 2,
      settled_at: new Date(short.endsAt),
    });
    expect(await groupRow(formed.id)).toMatchObject({ status: 'completed', members: 3 });
    // Two leads, one given back: exactly one left.
    expect(await starts()).toEqual([1]);
    expect((await seats(short.id)).map((s) => [s.openid, s.status])).toEqual([
      ['boss', 'refund_due'],
      ['holder', 'released'],
      ['newbie', 'refund_due'],
    ]);
    expect(await orders(short.id)).toEqual([
      { buyer_openid: 'boss', refund_due: true },
      { buyer_openid: 'newbie', refund_due: true },
    ]);
    const credits = await h.store.query<{ status: string }>(
      `select status from conversion where stage = 'ordered' and ref_id = 'short-newbie'`,
    );
    expect(credits).toEqual([{ status: 'rejected' }]);
  });

  test('one person joining 15 groups of a campaign at once holds exactly one unpaid seat', async () => {
    const c = await h.save(aGroupCampaign({ size: 3 }));
    const groups: string[] = [];
    for (const leader of range(15, 'hold-lead-')) {
      const opened = await call<{ group: { id: string } }>(
        'group',
        { action: 'open', campaignId: c.id },
        leader,
      );
      if (!opened.ok) throw new Error(opened.error.code);
      groups.push(opened.data.group.id);
    }
    // They have seen the campaign before, as anyone arriving by a card has.
    await call('invite', { action: 'visit', campaignId: c.id }, 'hold-hoarder');
    const results = await Promise.all(groups.map((g) => join(g, 'hold-hoarder')));
    expect(codes(results)).toEqual({ ok: 1, HOLD_LIMIT: 14 });
    const [held] = await h.store.query<{ n: number }>(
      `select count(*)::int as n from group_seat where openid = 'hold-hoarder' and status = 'held'`,
    );
    expect(held?.n).toBe(1);
  });
});
