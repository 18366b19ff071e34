/**
 * Fission coupons (裂变优惠券) end to end: a buyer's reported order opens a packet, friends
 * claim one coupon each (first come first served, at most N per day per campaign), the packet
 * never gives out more than it holds, and the buyer earns experience when friends use them.
 */
import {
  aCouponCampaign,
  aGroupCampaign,
  aPacket,
} from '../../../support/builders/campaign-config';
import { anOrderId, expectError, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const HOUR = 3_600_000;

describe.each(storeKinds())('packets on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  const report = (event: Record<string, unknown>) =>
    h.ok(
      'order',
      {
        action: 'report',
        orderId: anOrderId('pkt-order'),
        amountFen: 6900,
        ...event,
      },
      'merchant',
      'merchant',
    );
  const share = (orderId: string, who: string) => h.ok('packet', { action: 'share', orderId }, who);
  const claim = (packetId: string, who: string) =>
    h.ok('packet', { action: 'claim', packetId }, who);

  test('an order paid with a coupon is listed at what was paid, not its price', async () => {
    const c = await h.save(
      aCouponCampaign({ valueFen: 1000, minSpendFen: 5000 }, { packet: aPacket() }),
    );
    if (c.kind !== 'coupon') throw new Error('a coupon campaign');
    const { coupon } = await h.ok(
      'coupon',
      { action: 'claim', templateId: c.claimTemplateId },
      'paz',
    );
    const { order } = await report({ buyerOpenid: 'paz', campaignId: c.id, couponId: coupon.id });
    expect(order).toMatchObject({ amountFen: 6900, discountFen: 1000, paidFen: 5900 });
    expect((await h.ok('packet', { action: 'mine' }, 'paz')).shareable).toEqual([
      expect.objectContaining({ orderId: order.orderId, paidFen: 5900 }),
    ]);
  });

  test('after an order the buyer shares a packet; friends claim it out in the listed order', async () => {
    const c = await h.save(aCouponCampaign({}, { packet: aPacket() }));
    const { order } = await report({ buyerOpenid: 'bea', campaignId: c.id });
    expect((await h.ok('packet', { action: 'mine' }, 'bea')).shareable).toEqual([
      { orderId: order.orderId, campaignId: c.id, campaignTitle: '测试领券', paidFen: 6900 },
    ]);
    const { packet, created } = await share(order.orderId, 'bea');
    expect(created).toBe(true);
    expect(packet).toMatchObject({
      status: 'open',
      claimed: 0,
      disclosure: { kind: 'list', count: 5, totalFen: 2500, minFen: 200, maxFen: 1000 },
      viewer: { isSharer: true, canClaim: false, claimRefusal: 'SELF_CLAIM', coupon: null },
      sharerStats: { used: 0, xp: 0, pendingXp: 0 },
    });
    expect(packet.slots.map((s: { valueFen: number }) => s.valueFen)).toEqual([
      1000, 500, 500, 300, 200,
    ]);
    expect((await share(order.orderId, 'bea')).created).toBe(false);
    expectError(
      await h.call('packet', { action: 'claim', packetId: packet.id }, 'bea'),
      'SELF_CLAIM',
    );

    const values: number[] = [];
    for (const friend of ['f1', 'f2', 'f3', 'f4', 'f5']) {
      const got = await claim(packet.id, friend);
      expect(got.replayed).toBe(false);
      expect(got.coupon).toMatchObject({ reason: 'packet', status: 'issued' });
      values.push(got.coupon.valueFen);
    }
    expect(values).toEqual([1000, 500, 500, 300, 200]);
    const again = await claim(packet.id, 'f1');
    expect(again).toMatchObject({ replayed: true, coupon: { valueFen: 1000 } });
    expectError(
      await h.call('packet', { action: 'claim', packetId: packet.id }, 'f6'),
      'PACKET_EMPTY',
    );
    const seen = await h.ok('packet', { action: 'get', packetId: packet.id }, 'f6');
    expect(seen.packet).toMatchObject({
      status: 'empty',
      claimed: 5,
      viewer: { claimRefusal: 'PACKET_EMPTY' },
    });
  });

  test('a friend claims at most claimsPerDay a day across the campaign’s packets', async () => {
    const c = await h.save(aCouponCampaign({}, { packet: aPacket({ claimsPerDay: 2 }) }));
    const packets = [];
    for (const buyer of ['b1', 'b2', 'b3']) {
      const { order } = await report({ buyerOpenid: buyer, campaignId: c.id });
      packets.push((await share(order.orderId, buyer)).packet.id);
    }
    await claim(packets[0], 'fan');
    await claim(packets[1], 'fan');
    expectError(
      await h.call('packet', { action: 'claim', packetId: packets[2] }, 'fan'),
      'CLAIM_LIMIT',
    );
    h.clock.advance(14 * HOUR); // midnight in China: a new day
    expect((await claim(packets[2], 'fan')).replayed).toBe(false);
    h.clock.advance(10 * HOUR); // the packets were open for 24 hours
    expectError(
      await h.call('packet', { action: 'claim', packetId: packets[2] }, 'gus'),
      'EXPIRED',
    );
  });

  test('friends using the coupons earn the buyer experience, held through the refund window', async () => {
    const c = await h.save(aCouponCampaign({}, { packet: aPacket() }));
    const { order } = await report({ buyerOpenid: 'bob', campaignId: c.id });
    const { packet } = await share(order.orderId, 'bob');
    const { coupon } = await claim(packet.id, 'fred');
    await report({ buyerOpenid: 'fred', campaignId: c.id, couponId: coupon.id });
    const progress = await h.ok('invite', { action: 'progress', campaignId: c.id }, 'bob');
    expect(progress.pending.coupon_used).toBe(1);

    // The same credit, read by each page the sharer or the merchant sees: pending, then counted.
    const everywhere = async () => {
      const seen = await h.ok('packet', { action: 'get', packetId: packet.id }, 'bob');
      const mine = await h.ok('invite', { action: 'progress', campaignId: c.id }, 'bob');
      const { stats } = await h.ok(
        'campaign',
        { action: 'stats', campaignId: c.id },
        'merchant',
        'merchant',
      );
      const pick = (e: { xp: number; pendingXp: number }) => ({ xp: e.xp, pendingXp: e.pendingXp });
      return {
        packet: pick(seen.packet.sharerStats),
        invites: pick(mine.level),
        stats: stats.topSharers.map(pick),
      };
    };
    expect(await everywhere()).toEqual({
      packet: { xp: 0, pendingXp: 10 },
      invites: { xp: 0, pendingXp: 10 },
      stats: [],
    });
    h.clock.advance(30 * 24 * HOUR);
    expect(await everywhere()).toEqual({
      packet: { xp: 10, pendingXp: 0 },
      invites: { xp: 10, pendingXp: 0 },
      stats: [{ xp: 10, pendingXp: 0 }],
    });
  });

  test('only a real purchase shares: others’ orders, unformed groups and refunds are refused', async () => {
    const c = await h.save(aGroupCampaign({ size: 2, durationHours: 1 }, { packet: aPacket() }));
    const { group } = await h.ok('group', { action: 'open', campaignId: c.id }, 'gil');
    const { order } = await report({ buyerOpenid: 'gil', groupId: group.id });
    expectError(
      await h.call('packet', { action: 'share', orderId: order.orderId }, 'eve'),
      'NOT_FOUND',
    );
    expectError(
      await h.call('packet', { action: 'share', orderId: order.orderId }, 'gil'),
      'ORDER_PENDING',
    );
    h.clock.advance(HOUR);
    await h.ok('group', { action: 'get', groupId: group.id }, 'gil'); // settles it: failed
    expectError(
      await h.call('packet', { action: 'share', orderId: order.orderId }, 'gil'),
      'ORDER_REFUNDED',
    );
  });
});
