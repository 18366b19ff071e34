/**
 * Every refusal of a group open, join, or seat payment is a typed error, and nothing changes:
 * no seat, no counter, no order, no participant. Also what is not a refusal: the leader's own
 * join hands back their seat; a second payment by the same buyer is owed a refund; sharing a
 * group is for its members.
 */
import { aBargainCampaign, aGroupCampaign } from '../../../support/builders/campaign-config';
import { HOUR, MINUTE } from '../../../support/builders/clock';
import { expectNothingChanged, snapshotDb } from '../../../support/db-snapshot';
import {
  anOrderId,
  expectRefusedAndUnchanged,
  useHarness,
  testRefusals,
  type Harness,
  type Refusal,
} from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const ABSENT_GROUP = 'grp_0000000000000000';

const open = async (h: Harness, campaignId: string, who: string): Promise<string> =>
  (await h.ok('group', { action: 'open', campaignId }, who)).group.id;
const join = (h: Harness, groupId: string, who: string) =>
  h.call('group', { action: 'join', groupId }, who);
const pay = (h: Harness, groupId: string, who: string, extra: object = {}) =>
  h.call<{ order: { orderId: string; groupOutcome: string } }>(
    'order',
    {
      action: 'report',
      orderId: anOrderId('grp-refusal'),
      buyerOpenid: who,
      amountFen: 6900,
      groupId,
      ...extra,
    },
    'merchant',
    'merchant',
  );

const SCENARIOS: Refusal[] = [
  {
    label: 'a join of an unknown group',
    code: 'NOT_FOUND',
    scenario: async (h) => () => join(h, ABSENT_GROUP, 'fay'),
  },
  {
    label: 'a get of an unknown group',
    code: 'NOT_FOUND',
    scenario: async (h) => () => h.call('group', { action: 'get', groupId: ABSENT_GROUP }, 'fay'),
  },
  {
    label: 'a join while holding an unpaid seat in another group of the campaign',
    code: 'HOLD_LIMIT',
    scenario: async (h) => {
      const c = await h.save(aGroupCampaign());
      const first = await open(h, c.id, 'lea');
      const second = await open(h, c.id, 'max');
      await h.ok('group', { action: 'join', groupId: first }, 'fay');
      return () => join(h, second, 'fay');
    },
  },
  {
    label: 'opening a group while holding an unpaid seat in another',
    code: 'HOLD_LIMIT',
    scenario: async (h) => {
      const c = await h.save(aGroupCampaign());
      const first = await open(h, c.id, 'lea');
      await h.ok('group', { action: 'join', groupId: first }, 'fay');
      return () => h.call('group', { action: 'open', campaignId: c.id }, 'fay');
    },
  },
  {
    label: 'a join of a full group',
    code: 'GROUP_FULL',
    scenario: async (h) => {
      const groupId = await open(h, (await h.save(aGroupCampaign({ size: 2 }))).id, 'lea');
      await h.ok('group', { action: 'join', groupId }, 'fay');
      return () => join(h, groupId, 'gus');
    },
  },
  {
    label: 'a join of a group that formed',
    code: 'CLOSED',
    scenario: async (h) => {
      const groupId = await open(h, (await h.save(aGroupCampaign({ size: 2 }))).id, 'lea');
      await h.ok('group', { action: 'join', groupId }, 'fay');
      await pay(h, groupId, 'lea');
      await pay(h, groupId, 'fay');
      return () => join(h, groupId, 'gus');
    },
  },
  {
    label: 'a join at the group’s deadline (it fails, but the refusal undoes the settling too)',
    code: 'EXPIRED',
    scenario: async (h) => {
      const c = await h.save(aGroupCampaign({ durationHours: 2 }));
      const groupId = await open(h, c.id, 'lea');
      await pay(h, groupId, 'lea');
      h.clock.advance(2 * HOUR);
      return () => join(h, groupId, 'fay');
    },
  },
  {
    label: 'an open in an unknown campaign',
    code: 'NOT_FOUND',
    scenario: async (h) => () =>
      h.call('group', { action: 'open', campaignId: 'no-such-campaign' }, 'lea'),
  },
  {
    label: 'an open in a bargain campaign',
    code: 'NOT_FOUND',
    scenario: async (h) => {
      const c = await h.save(aBargainCampaign());
      return () => h.call('group', { action: 'open', campaignId: c.id }, 'lea');
    },
  },
  {
    label: 'an open in a draft campaign (as an unknown id)',
    code: 'NOT_FOUND',
    scenario: async (h) => {
      const c = await h.save(aGroupCampaign(), 'draft');
      return () => h.call('group', { action: 'open', campaignId: c.id }, 'lea');
    },
  },
  {
    label: 'a second lead after the first formed (maxLeadsPerUser 1)',
    code: 'START_LIMIT',
    scenario: async (h) => {
      const c = await h.save(aGroupCampaign({ size: 2 }));
      const groupId = await open(h, c.id, 'lea');
      await h.ok('group', { action: 'join', groupId }, 'fay');
      await pay(h, groupId, 'lea');
      await pay(h, groupId, 'fay');
      return () => h.call('group', { action: 'open', campaignId: c.id }, 'lea');
    },
  },
  {
    label: 'a payment for an unknown group',
    code: 'NOT_FOUND',
    scenario: async (h) => () => pay(h, ABSENT_GROUP, 'fay'),
  },
  {
    label: 'a payment naming a group of another campaign',
    code: 'INVALID_INPUT',
    scenario: async (h) => {
      const c = await h.save(aGroupCampaign());
      const other = await h.save(aGroupCampaign());
      const groupId = await open(h, c.id, 'lea');
      return () => pay(h, groupId, 'lea', { campaignId: other.id });
    },
  },
  {
    label: 'a seat payment reported by a shopper',
    code: 'FORBIDDEN',
    scenario: async (h) => {
      const groupId = await open(h, (await h.save(aGroupCampaign())).id, 'lea');
      return () =>
        h.call(
          'order',
          { action: 'report', orderId: 'self-paid', buyerOpenid: 'lea', amountFen: 1, groupId },
          'lea',
        );
    },
  },
  {
    label: 'a join with a malformed id',
    code: 'INVALID_INPUT',
    scenario: async (h) => () => join(h, "grp_x' or 1=1 --", 'fay'),
  },
];

describe.each(storeKinds())('group refusals on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  testRefusals(h, SCENARIOS);

  test('the leader’s own join hands back their seat and changes nothing', async () => {
    const groupId = await open(h, (await h.save(aGroupCampaign())).id, 'lea');
    const before = await snapshotDb(h.store);
    const held = await h.ok('group', { action: 'join', groupId }, 'lea');
    expect(held).toMatchObject({
      joined: false,
      group: { seatsLeft: 2, holding: 1, viewer: { isLeader: true, seat: 'held' } },
    });
    await expectNothingChanged(h.store, before);

    await pay(h, groupId, 'lea');
    const paid = await snapshotDb(h.store);
    const again = await h.ok('group', { action: 'join', groupId }, 'lea');
    expect(again).toMatchObject({ joined: false, group: { viewer: { seat: 'paid' } } });
    await expectNothingChanged(h.store, paid);
  });

  test('a buyer paying twice: the second order is owed a refund, earns nothing, takes no seat', async () => {
    const c = await h.save(aGroupCampaign({ size: 3 }));
    const { token } = await h.ok('invite', { action: 'share', campaignId: c.id }, 'ann');
    await h.ok('invite', { action: 'visit', campaignId: c.id, token }, 'lea');
    const groupId = await open(h, c.id, 'lea');
    const first = await pay(h, groupId, 'lea');
    const second = await pay(h, groupId, 'lea');
    expect(first).toMatchObject({ ok: true, data: { order: { groupOutcome: 'seat' } } });
    expect(second).toMatchObject({ ok: true, data: { order: { groupOutcome: 'refund_due' } } });
    const firstId = first.ok ? first.data.order.orderId : '';
    const secondId = second.ok ? second.data.order.orderId : '';

    const [row] = await h.store.query('select members, seats_taken from group_buy where id = $1', [
      groupId,
    ]);
    expect(row).toEqual({ members: 1, seats_taken: 1 });
    expect(
      await h.store.query('select openid, status, order_id from group_seat where group_id = $1', [
        groupId,
      ]),
    ).toEqual([{ openid: 'lea', status: 'paid', order_id: firstId }]);
    expect(
      await h.store.query(
        'select order_id, refund_due from shop_order where group_id = $1 order by refund_due',
        [groupId],
      ),
    ).toEqual([
      { order_id: firstId, refund_due: false },
      { order_id: secondId, refund_due: true },
    ]);
    // Only the real purchase is credited to the sharer who brought the buyer.
    const credits = await h.store.query<{ ref_id: string }>(
      `select ref_id from conversion where campaign_id = $1 and stage = 'ordered'`,
      [c.id],
    );
    expect(credits.map((r) => r.ref_id)).toEqual([firstId]);
    const view = await h.ok('group', { action: 'get', groupId }, 'lea');
    expect(view.group).toMatchObject({ viewer: { seat: 'paid', orderId: firstId } });
    expect(view.group.members).toHaveLength(1);
  });

  test('someone owed a refund (the group was full when they paid) may join when a seat frees up', async () => {
    const c = await h.save(aGroupCampaign({ size: 2, paymentMinutes: 15 }));
    const groupId = await open(h, c.id, 'lea');
    await h.ok('group', { action: 'join', groupId }, 'fay');
    const refunded = await pay(h, groupId, 'gus');
    expect(refunded).toMatchObject({ ok: true, data: { order: { groupOutcome: 'refund_due' } } });
    h.clock.advance(16 * MINUTE); // the leader's and Fay's holds lapse
    const seen = await h.ok('group', { action: 'get', groupId }, 'gus');
    expect(seen.group.viewer).toMatchObject({
      seat: 'refund_due',
      canJoin: true,
      joinRefusal: null,
    });

    const joined = await h.ok('group', { action: 'join', groupId }, 'gus');
    expect(joined).toMatchObject({ joined: true, group: { viewer: { seat: 'held' } } });
    const paid = await pay(h, groupId, 'gus');
    expect(paid).toMatchObject({ ok: true, data: { order: { groupOutcome: 'seat' } } });
    const [row] = await h.store.query('select members, seats_taken from group_buy where id = $1', [
      groupId,
    ]);
    expect(row).toEqual({ members: 1, seats_taken: 1 });
  });

  describe('sharing a group (invite.share with the group as subject)', () => {
    const share = (campaignId: string, subjectId: string, who: string) =>
      h.call<{ token: string }>('invite', { action: 'share', campaignId, subjectId }, who);

    test('any member may share it, and a visit through the card opens the group', async () => {
      const c = await h.save(aGroupCampaign());
      const groupId = await open(h, c.id, 'lea');
      await h.ok('group', { action: 'join', groupId }, 'fay');
      await pay(h, groupId, 'fay');
      for (const member of ['lea', 'fay']) {
        const shared = await share(c.id, groupId, member);
        expect(shared.ok).toBe(true);
        const token = shared.ok ? shared.data.token : '';
        const visit = await h.ok('invite', { action: 'visit', token }, `visitor-of-${member}`);
        expect(visit).toMatchObject({ campaignId: c.id, subject: { kind: 'group', id: groupId } });
      }
    });

    test.each([
      { label: 'someone who never joined', who: 'eve' },
      { label: 'someone whose hold lapsed', who: 'fay', lapse: true },
    ])('$label may not: NOT_FOUND, nothing changes', async ({ who, lapse }) => {
      const c = await h.save(aGroupCampaign());
      const groupId = await open(h, c.id, 'lea');
      await h.ok('group', { action: 'join', groupId }, 'fay');
      if (lapse) {
        h.clock.advance(16 * MINUTE);
        await h.ok('group', { action: 'join', groupId }, 'gus'); // gives the lapsed seats back
      }
      await expectRefusedAndUnchanged(h.store, () => share(c.id, groupId, who), 'NOT_FOUND');
    });

    test('a group of another campaign: NOT_FOUND', async () => {
      const c = await h.save(aGroupCampaign());
      const other = await h.save(aGroupCampaign());
      const groupId = await open(h, c.id, 'lea');
      await expectRefusedAndUnchanged(h.store, () => share(other.id, groupId, 'lea'), 'NOT_FOUND');
    });
  });
});
