/**
 * A group buy (拼团) end to end through the functions: open, friends join and pay (the
 * merchant's order report confirms each seat), the last paid seat completes the group; a
 * short group fails at its deadline and its paid members are owed refunds.
 */
import { aGroupCampaign } from '../../../support/builders/campaign-config';
import { anOrderId, expectError, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;

describe.each(storeKinds())('group buy on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  const open = (campaignId: string, who: string) =>
    h.ok('group', { action: 'open', campaignId }, who);
  const join = (groupId: string, who: string) => h.ok('group', { action: 'join', groupId }, who);
  const get = (groupId: string, who: string) => h.ok('group', { action: 'get', groupId }, who);
  const pay = (groupId: string, who: string, amountFen = 6900) =>
    h.ok(
      'order',
      {
        action: 'report',
        orderId: anOrderId('grp-order'),
        buyerOpenid: who,
        amountFen,
        groupId,
      },
      'merchant',
      'merchant',
    );

  test('the leader and two friends pay: the last paid seat completes the group', async () => {
    const c = await h.save(aGroupCampaign({ size: 3 }));
    const { group, created } = await open(c.id, 'lea');
    expect(created).toBe(true);
    expect(group).toMatchObject({
      status: 'open',
      size: 3,
      members: [],
      holding: 1,
      seatsLeft: 2,
      groupPriceFen: 6900,
      originalPriceFen: 12800,
      viewer: { isLeader: true, seat: 'held', canJoin: false, joinRefusal: null },
    });
    expect(Date.parse(group.endsAt) - Date.parse(START)).toBe(24 * HOUR);
    // A retried open hands back the same group.
    expect((await open(c.id, 'lea')).group.id).toBe(group.id);

    const first = await pay(group.id, 'lea');
    expect(first.order).toMatchObject({
      groupId: group.id,
      groupOutcome: 'seat',
      campaignId: c.id,
    });
    const friendView = await get(group.id, 'fay');
    expect(friendView.group).toMatchObject({
      members: [{ name: 'l**', isLeader: true }],
      seatsLeft: 2,
      viewer: { seat: null, canJoin: true, joinRefusal: null },
    });

    const joined = await join(group.id, 'fay');
    expect(joined).toMatchObject({
      joined: true,
      group: { viewer: { seat: 'held' }, seatsLeft: 1 },
    });
    expect((await join(group.id, 'fay')).joined).toBe(false);
    await pay(group.id, 'fay');
    await join(group.id, 'gus');
    await pay(group.id, 'gus');

    const done = await get(group.id, 'gus');
    expect(done.group).toMatchObject({
      status: 'completed',
      seatsLeft: 0,
      holding: 0,
      viewer: { seat: 'paid', canJoin: false, joinRefusal: null },
    });
    expect(done.group.members.map((m: { name: string }) => m.name)).toEqual(['l**', 'f**', '我']);
    expectError(await h.call('group', { action: 'join', groupId: group.id }, 'hal'), 'CLOSED');
  });

  test('a full group refuses another joiner; a lapsed payment window frees the seat', async () => {
    const c = await h.save(aGroupCampaign({ size: 2, paymentMinutes: 15 }));
    const { group } = await open(c.id, 'lea');
    await join(group.id, 'fay');
    const refused = await h.call('group', { action: 'join', groupId: group.id }, 'gus');
    expectError(refused, 'GROUP_FULL');
    expect((await get(group.id, 'gus')).group.viewer).toMatchObject({
      canJoin: false,
      joinRefusal: 'GROUP_FULL',
    });

    h.clock.advance(16 * MINUTE);
    expect((await get(group.id, 'fay')).group.viewer.seat).toBe('released');
    const taken = await join(group.id, 'gus');
    expect(taken.group.viewer.seat).toBe('held');
    // Fay pays late: her seat went to Gus and the leader's too lapsed, so she takes the free one.
    const late = await pay(group.id, 'fay');
    expect(late.order.groupOutcome).toBe('seat');
    // The group is now full (Gus holds, Fay paid): the leader's late payment is owed a refund.
    const refunded = await pay(group.id, 'lea');
    expect(refunded.order.groupOutcome).toBe('refund_due');
    expect((await get(group.id, 'lea')).group.viewer.seat).toBe('refund_due');
  });

  test('a short group fails at its deadline: paid members are owed refunds, the lead comes back', async () => {
    const c = await h.save(aGroupCampaign({ size: 3, durationHours: 2 }));
    const { group } = await open(c.id, 'lea');
    await pay(group.id, 'lea');
    await join(group.id, 'fay');
    h.clock.advance(2 * HOUR);

    const seen = await get(group.id, 'fay');
    expect(seen.group).toMatchObject({
      status: 'failed',
      seatsLeft: 0,
      viewer: { seat: 'released', canJoin: false, joinRefusal: 'EXPIRED' },
    });
    const leader = await get(group.id, 'lea');
    expect(leader.group.viewer.seat).toBe('refund_due');
    // Who paid by the deadline is still shown: they are the ones owed a refund.
    expect(leader.group.members).toEqual([expect.objectContaining({ name: '我', isLeader: true })]);
    const [order] = await h.store.query<{ refund_due: boolean }>(
      'select refund_due from shop_order where group_id = $1',
      [group.id],
    );
    expect(order?.refund_due).toBe(true);
    expectError(await h.call('group', { action: 'join', groupId: group.id }, 'gus'), 'EXPIRED');
    // The failed group gave its lead back: the leader may open another.
    const again = await open(c.id, 'lea');
    expect(again.created).toBe(true);
  });

  test('with onShort: complete, a short group completes with those who paid', async () => {
    const c = await h.save(aGroupCampaign({ size: 3, durationHours: 2, onShort: 'complete' }));
    const { group } = await open(c.id, 'lea');
    await pay(group.id, 'lea');
    await join(group.id, 'fay');
    h.clock.advance(2 * HOUR);
    expect((await get(group.id, 'lea')).group).toMatchObject({
      status: 'completed',
      onShort: 'complete',
      members: [{ name: '我', isLeader: true }],
    });
  });

  test('the lead limit holds; mine lists the caller’s groups', async () => {
    const c = await h.save(aGroupCampaign({ size: 2, maxLeadsPerUser: 1 }));
    const { group } = await open(c.id, 'lea');
    await pay(group.id, 'lea');
    await join(group.id, 'fay');
    await pay(group.id, 'fay');
    expectError(await h.call('group', { action: 'open', campaignId: c.id }, 'lea'), 'START_LIMIT');
    const mine = await h.ok('group', { action: 'mine', campaignId: c.id }, 'fay');
    expect(mine.groups.map((g: { id: string }) => g.id)).toEqual([group.id]);
  });
});
