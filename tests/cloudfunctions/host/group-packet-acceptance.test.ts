/**
 * The acceptance, through the local host's HTTP API as the H5 app calls it: personas
 * open, join and pay for a group (the host's stand-in checkout reports each payment as the
 * merchant), the group completes; a short group fails at its deadline; the buyer shares a
 * packet after the order and friends claim it out.
 */
import { useInProcessHost } from '../../support/in-process-host';

const HOUR = 3_600_000;

describe('group buy and packets through the local host', () => {
  const host = useInProcessHost();

  const ok = (name: string, event: unknown, persona: string) => host.ok(name, event, persona);
  const checkout = (persona: string, body: unknown) => host.checkout(persona, body);

  test('open, join, pay, complete; then share a packet and claim it out', async () => {
    const { group } = await ok('group', { action: 'open', campaignId: 'demo-group' }, 'u1');
    expect(group).toMatchObject({ size: 3, groupPriceFen: 6900, viewer: { seat: 'held' } });
    const paid = await checkout('u1', { campaignId: 'demo-group', groupId: group.id });
    expect(paid.status).toBe(200);
    expect(paid.body.data.order).toMatchObject({ amountFen: 6900, groupOutcome: 'seat' });

    for (const friend of ['u2', 'u3']) {
      await ok('group', { action: 'join', groupId: group.id }, friend);
      await checkout(friend, { campaignId: 'demo-group', groupId: group.id });
    }
    const done = await ok('group', { action: 'get', groupId: group.id }, 'u1');
    expect(done.group).toMatchObject({ status: 'completed', seatsLeft: 0 });
    expect(done.group.members).toHaveLength(3);

    const { packet } = await ok(
      'packet',
      { action: 'share', orderId: done.group.viewer.orderId },
      'u1',
    );
    const claims = [];
    for (const friend of ['u4', 'u5', 'u6', 'u7', 'u8']) {
      claims.push(
        (await ok('packet', { action: 'claim', packetId: packet.id }, friend)).coupon.valueFen,
      );
    }
    expect(claims).toEqual([1000, 500, 500, 300, 200]);
    const empty = await host.call('packet', { action: 'claim', packetId: packet.id }, 'u9');
    expect(empty.status).toBe(409);
    expect(empty.body.error.code).toBe('PACKET_EMPTY');
  });

  test('a short group fails at its deadline and its paid leader is owed a refund', async () => {
    const { group } = await ok('group', { action: 'open', campaignId: 'demo-group' }, 'u10');
    await checkout('u10', { campaignId: 'demo-group', groupId: group.id });
    host.clock.advance(24 * HOUR);
    // Nobody has looked at the group since its deadline: the merchant's stats settle it.
    const stats = await ok('campaign', { action: 'stats', campaignId: 'demo-group' }, 'merchant');
    const seen = await ok('group', { action: 'get', groupId: group.id }, 'u10');
    expect(seen.group).toMatchObject({ status: 'failed', viewer: { seat: 'refund_due' } });
    expect(stats.stats.refundOrderIds).toContain(seen.group.viewer.orderId);
  });

  test('the checkout needs a persona and a valid body, and charges nothing for a bad one', async () => {
    const anonymous = await host.request('/dev/checkout', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ campaignId: 'demo-group' }),
    });
    expect(anonymous.status).toBe(401);
    const bad = await checkout('u11', { campaignId: 'demo-group', buyerOpenid: 'u1' });
    expect(bad.status).toBe(400);
    const none = await checkout('u11', { campaignId: 'no-such-campaign' });
    expect(none.status).toBe(404);
    const [count] = await host.store.query<{ n: number }>(
      "select count(*)::int as n from shop_order where buyer_openid = 'u11'",
    );
    expect(count?.n).toBe(0);
  });
});
