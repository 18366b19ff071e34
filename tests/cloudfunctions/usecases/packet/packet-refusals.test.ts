/**
 * Every refusal to open or claim a packet is a typed error, and nothing changes: no packet, no
 * slot taken, no daily count, no coupon. Also what a packet shows before it is claimed (a
 * random one keeps its amounts hidden), which orders may still open one, and sharing a packet
 * card (only its sharer may).
 */
import type { CampaignConfig } from '../../../../cloudfunctions/contracts/campaign-config';
import {
  aCouponCampaign,
  aGroupCampaign,
  aPacket,
} from '../../../support/builders/campaign-config';
import { HOUR, MINUTE } from '../../../support/builders/clock';
import {
  expectRefusedAndUnchanged,
  useHarness,
  reportOrder,
  testRefusals,
  type Harness,
  type Refusal,
} from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const ABSENT_PACKET = 'pkt_0000000000000000';

/** The merchant reports an order; returns its id. */
const report = (h: Harness, event: Record<string, unknown>) => reportOrder(h, event, 'pkt-refusal');
/** A packet shared by `buyer` for an order in a campaign with packets. */
async function packetOf(h: Harness, config: CampaignConfig, buyer = 'bea'): Promise<string> {
  const c = await h.save(config);
  const orderId = await report(h, { buyerOpenid: buyer, campaignId: c.id });
  return (await h.ok('packet', { action: 'share', orderId }, buyer)).packet.id;
}
const share = (h: Harness, orderId: string, who: string) =>
  h.call('packet', { action: 'share', orderId }, who);
const claim = (h: Harness, packetId: string, who: string) =>
  h.call('packet', { action: 'claim', packetId }, who);
const withPacket = (packet = aPacket()) => aCouponCampaign({}, { packet });

/** A group of two that formed: the leader's paid order, the campaign with packets. */
async function formedGroupOrder(h: Harness, leader: string) {
  const c = await h.save(aGroupCampaign({ size: 2 }, { packet: aPacket() }));
  const { group } = await h.ok('group', { action: 'open', campaignId: c.id }, leader);
  const orderId = await report(h, { buyerOpenid: leader, groupId: group.id });
  await h.ok('group', { action: 'join', groupId: group.id }, `${leader}-pal`);
  await report(h, { buyerOpenid: `${leader}-pal`, groupId: group.id });
  return { campaign: c, groupId: group.id as string, orderId };
}

const SCENARIOS: Refusal[] = [
  {
    label: 'sharing an unknown order',
    code: 'NOT_FOUND',
    scenario: async (h) => () => share(h, 'no-such-order', 'bea'),
  },
  {
    label: 'sharing someone else’s order',
    code: 'NOT_FOUND',
    scenario: async (h) => {
      const c = await h.save(withPacket());
      const orderId = await report(h, { buyerOpenid: 'bea', campaignId: c.id });
      return () => share(h, orderId, 'eve');
    },
  },
  {
    label: 'sharing an order reported without a campaign',
    code: 'NOT_FOUND',
    scenario: async (h) => {
      const orderId = await report(h, { buyerOpenid: 'bea' });
      return () => share(h, orderId, 'bea');
    },
  },
  {
    label: 'sharing an order of a campaign without packets',
    code: 'NOT_FOUND',
    scenario: async (h) => {
      const c = await h.save(aCouponCampaign());
      const orderId = await report(h, { buyerOpenid: 'bea', campaignId: c.id });
      return () => share(h, orderId, 'bea');
    },
  },
  {
    label: 'sharing a second payment for the same seat (owed a refund)',
    code: 'ORDER_REFUNDED',
    scenario: async (h) => {
      const { groupId } = await formedGroupOrder(h, 'lea');
      const orderId = await report(h, { buyerOpenid: 'lea', groupId });
      return () => share(h, orderId, 'lea');
    },
  },
  {
    label: 'sharing a seat payment whose group has not formed',
    code: 'ORDER_PENDING',
    scenario: async (h) => {
      const c = await h.save(aGroupCampaign({ size: 2 }, { packet: aPacket() }));
      const { group } = await h.ok('group', { action: 'open', campaignId: c.id }, 'lea');
      const orderId = await report(h, { buyerOpenid: 'lea', groupId: group.id });
      return () => share(h, orderId, 'lea');
    },
  },
  {
    label: 'sharing once the campaign has ended',
    code: 'NOT_LIVE',
    scenario: async (h) => {
      const c = await h.save(withPacket());
      const orderId = await report(h, { buyerOpenid: 'bea', campaignId: c.id });
      await h.save(c, 'ended');
      return () => share(h, orderId, 'bea');
    },
  },
  {
    label: 'sharing a malformed order id',
    code: 'INVALID_INPUT',
    scenario: async (h) => () => share(h, "o' or 1=1 --", 'bea'),
  },
  {
    label: 'a claim on an unknown packet',
    code: 'NOT_FOUND',
    scenario: async (h) => () => claim(h, ABSENT_PACKET, 'fan'),
  },
  {
    label: 'a get of an unknown packet',
    code: 'NOT_FOUND',
    scenario: async (h) => () =>
      h.call('packet', { action: 'get', packetId: ABSENT_PACKET }, 'fan'),
  },
  {
    label: 'the sharer claiming from their own packet',
    code: 'SELF_CLAIM',
    scenario: async (h) => {
      const packetId = await packetOf(h, withPacket());
      return () => claim(h, packetId, 'bea');
    },
  },
  {
    label: 'a claim on an empty packet',
    code: 'PACKET_EMPTY',
    scenario: async (h) => {
      const packetId = await packetOf(
        h,
        withPacket(aPacket({ amounts: { kind: 'list', amountsFen: [500] } })),
      );
      await h.ok('packet', { action: 'claim', packetId }, 'first');
      return () => claim(h, packetId, 'late');
    },
  },
  {
    label: 'a claim at the packet’s end',
    code: 'EXPIRED',
    scenario: async (h) => {
      const packetId = await packetOf(h, withPacket(aPacket({ openHours: 2 })));
      h.clock.advance(2 * HOUR);
      return () => claim(h, packetId, 'fan');
    },
  },
  {
    label: 'a claim past the daily limit',
    code: 'CLAIM_LIMIT',
    scenario: async (h) => {
      const c = await h.save(withPacket(aPacket({ claimsPerDay: 1 })));
      const packets: string[] = [];
      for (const buyer of ['b1', 'b2']) {
        const orderId = await report(h, { buyerOpenid: buyer, campaignId: c.id });
        packets.push((await h.ok('packet', { action: 'share', orderId }, buyer)).packet.id);
      }
      await h.ok('packet', { action: 'claim', packetId: packets[0] }, 'fan');
      return () => claim(h, packets[1]!, 'fan');
    },
  },
];

describe.each(storeKinds())('packet refusals on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  testRefusals(h, SCENARIOS);

  describe('what a packet shows before it is claimed', () => {
    const slotValues = (packet: { slots: { valueFen: number | null }[] }) =>
      packet.slots.map((s) => s.valueFen);

    test('a random packet hides each amount until its friend claims it', async () => {
      const amounts = {
        kind: 'random',
        totalFen: 1000,
        count: 4,
        minFen: 100,
        disclosed: false,
      } as const;
      const packetId = await packetOf(h, withPacket(aPacket({ amounts })));
      const get = async (who: string) =>
        (await h.ok('packet', { action: 'get', packetId }, who)).packet;

      const fresh = await get('fan');
      expect(fresh.disclosure).toEqual({
        kind: 'random',
        count: 4,
        totalFen: 1000,
        minFen: null,
        maxFen: null,
      });
      expect(slotValues(fresh)).toEqual([null, null, null, null]);
      // Not even the sharer sees the amounts ahead of the friends.
      expect(slotValues(await get('bea'))).toEqual([null, null, null, null]);

      const { coupon, packet } = await h.ok('packet', { action: 'claim', packetId }, 'f1');
      expect(slotValues(packet)).toEqual([coupon.valueFen, null, null, null]);
      expect(slotValues(await get('bea'))).toEqual([coupon.valueFen, null, null, null]);

      const values = [coupon.valueFen as number];
      for (const friend of ['f2', 'f3', 'f4'])
        values.push((await h.ok('packet', { action: 'claim', packetId }, friend)).coupon.valueFen);
      expect(slotValues(await get('fan'))).toEqual(values);
      expect(values.reduce((a, b) => a + b, 0)).toBe(1000);
      expect(values.every((v) => v >= 100)).toBe(true);
    });

    test('a disclosed random packet shows its range, still not the amounts', async () => {
      const amounts = {
        kind: 'random',
        totalFen: 1000,
        count: 4,
        minFen: 100,
        disclosed: true,
      } as const;
      const packetId = await packetOf(h, withPacket(aPacket({ amounts })));
      const { packet } = await h.ok('packet', { action: 'get', packetId }, 'fan');
      expect(packet.disclosure).toEqual({
        kind: 'random',
        count: 4,
        totalFen: 1000,
        minFen: 100,
        maxFen: 700,
      });
      expect(slotValues(packet)).toEqual([null, null, null, null]);
    });

    test('an even packet shows every amount, the odd fen first', async () => {
      const packetId = await packetOf(
        h,
        withPacket(aPacket({ amounts: { kind: 'even', totalFen: 1001, count: 4 } })),
      );
      const { packet } = await h.ok('packet', { action: 'get', packetId }, 'fan');
      expect(packet.disclosure).toEqual({
        kind: 'even',
        count: 4,
        totalFen: 1001,
        minFen: 250,
        maxFen: 251,
      });
      expect(slotValues(packet)).toEqual([251, 250, 250, 250]);
      const { coupon } = await h.ok('packet', { action: 'claim', packetId }, 'fan');
      expect(coupon.valueFen).toBe(251);
    });
  });

  test('the orders that may still open a packet: reported, not refunded, not shared yet, group formed', async () => {
    const buyer = 'sam';
    const later = () => h.clock.advance(MINUTE);
    const c = await h.save(withPacket());
    const open1 = await report(h, { buyerOpenid: buyer, campaignId: c.id });
    later();
    const shared = await report(h, { buyerOpenid: buyer, campaignId: c.id });
    await h.ok('packet', { action: 'share', orderId: shared }, buyer);
    later();
    const plain = await h.save(aCouponCampaign());
    await report(h, { buyerOpenid: buyer, campaignId: plain.id });
    later();
    const formed = await formedGroupOrder(h, buyer);
    later();
    await report(h, { buyerOpenid: buyer, groupId: formed.groupId }); // paid twice: refunded
    later();
    const pending = await h.save(aGroupCampaign({ size: 3 }, { packet: aPacket() }));
    const { group } = await h.ok('group', { action: 'open', campaignId: pending.id }, buyer);
    await report(h, { buyerOpenid: buyer, groupId: group.id }); // the group has not formed
    later();
    const ended = await h.save(withPacket());
    await report(h, { buyerOpenid: buyer, campaignId: ended.id });
    await h.save(ended, 'ended');

    const { shareable, packets } = await h.ok('packet', { action: 'mine' }, buyer);
    expect(shareable).toEqual([
      {
        orderId: formed.orderId,
        campaignId: formed.campaign.id,
        campaignTitle: '测试拼团',
        paidFen: 6900,
      },
      { orderId: open1, campaignId: c.id, campaignTitle: '测试领券', paidFen: 6900 },
    ]);
    expect(packets.map((p: { campaignId: string }) => p.campaignId)).toEqual([c.id]);
  });

  describe('sharing a packet card (invite.share with the packet as subject)', () => {
    const shareCard = (campaignId: string, subjectId: string, who: string) =>
      h.call<{ token: string }>('invite', { action: 'share', campaignId, subjectId }, who);

    test('the sharer may, and a visit through the card opens the packet', async () => {
      const config = withPacket();
      const packetId = await packetOf(h, config, 'bea');
      const shared = await shareCard(config.id, packetId, 'bea');
      expect(shared.ok).toBe(true);
      const token = shared.ok ? shared.data.token : '';
      const visit = await h.ok('invite', { action: 'visit', campaignId: config.id, token }, 'fan');
      expect(visit).toMatchObject({
        campaignId: config.id,
        isNewUser: true,
        invitedBy: { name: 'b**' },
        subject: { kind: 'packet', id: packetId },
      });
    });

    test.each([
      { label: 'a friend who claimed from it', who: 'fan' },
      { label: 'a stranger', who: 'eve' },
    ])('$label may not: NOT_FOUND, nothing changes', async ({ who }) => {
      const config = withPacket();
      const packetId = await packetOf(h, config, 'bea');
      await h.ok('packet', { action: 'claim', packetId }, 'fan');
      await expectRefusedAndUnchanged(
        h.store,
        () => shareCard(config.id, packetId, who),
        'NOT_FOUND',
      );
    });
  });
});
