/**
 * `campaign.stats` over a history whose every number is known: the funnel and its step
 * conversions, scenes, top sharers and their share, and the viral coefficient
 * K = (invitesSent / participants) × (inviteesConverted / invitees) (domain/stats).
 */
import { aBargainCampaign } from '../../../support/builders/campaign-config';
import { expectError, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const MINUTE = 60_000;
const DAY = 86_400_000;

describe.each(storeKinds())('campaign.stats on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  const stats = async (campaignId: string) =>
    (await h.ok('campaign', { action: 'stats', campaignId }, 'merchant', 'merchant')).stats;
  const share = async (campaignId: string, who: string): Promise<string> =>
    (await h.ok('invite', { action: 'share', campaignId }, who)).token;
  const visit = (campaignId: string, who: string, scene: number, token?: string) => {
    h.clock.advance(MINUTE);
    return h.ok('invite', { action: 'visit', campaignId, scene, ...(token && { token }) }, who);
  };
  const start = async (campaignId: string, who: string): Promise<string> => {
    h.clock.advance(MINUTE);
    return (await h.ok('bargain', { action: 'start', campaignId }, who)).bargain.id;
  };
  const help = (bargainId: string, who: string) => {
    h.clock.advance(MINUTE);
    return h.ok('bargain', { action: 'help', bargainId }, who);
  };
  const report = (event: object) =>
    h.ok('order', { action: 'report', amountFen: 990, ...event }, 'merchant', 'merchant');

  test('a known history: funnel, scenes, sharers and K', async () => {
    const c = await h.save(aBargainCampaign({ helpsNeeded: 3 }));
    // Two sharers; their own later visits (without a token) are not new.
    const tA = await share(c.id, 'alice');
    const tB = await share(c.id, 'bob');
    await visit(c.id, 'alice', 1007);
    await visit(c.id, 'bob', 1047);
    // Five new people through the tokens; v1 comes back once, v3 does nothing more.
    await visit(c.id, 'v1', 1007, tA);
    await visit(c.id, 'v2', 1008, tA);
    await visit(c.id, 'v3', 1047, tA);
    await visit(c.id, 'v4', 1007, tB);
    await visit(c.id, 'v5', 1008, tB);
    await visit(c.id, 'v1', 1007, tA);
    // Three starts, six helps; Alice's bargain completes and issues its reward.
    const a = await start(c.id, 'alice');
    const b1 = await start(c.id, 'v1');
    const b4 = await start(c.id, 'v4');
    await help(a, 'v1');
    await help(a, 'v2');
    await help(a, 'v5');
    await help(b1, 'v2');
    await help(b1, 'alice');
    await help(b4, 'v5');
    const [reward] = (await h.ok('coupon', { action: 'list' }, 'alice')).coupons;
    // Two orders: Alice pays with her reward; v5 buys too (held for the refund window).
    await report({
      orderId: 'o-1',
      buyerOpenid: 'alice',
      campaignId: c.id,
      productId: c.product?.id,
      couponId: reward.id,
    });
    await report({ orderId: 'o-2', buyerOpenid: 'v5', campaignId: c.id });

    const s = await stats(c.id);
    expect(s.funnel).toEqual([
      { stage: 'visitors', count: 7, conversion: null },
      { stage: 'newPeople', count: 5, conversion: { of: 'visitors', ratio: 5 / 7 } },
      { stage: 'starts', count: 3, conversion: null },
      { stage: 'helps', count: 6, conversion: null },
      { stage: 'completions', count: 1, conversion: { of: 'starts', ratio: 1 / 3 } },
      { stage: 'rewardsIssued', count: 1, conversion: null },
      { stage: 'redeemed', count: 1, conversion: { of: 'rewardsIssued', ratio: 1 } },
      { stage: 'orders', count: 2, conversion: null },
    ]);
    expect(s.scenes).toEqual([
      { scene: 1007, visits: 4 },
      { scene: 1008, visits: 2 },
      { scene: 1047, visits: 2 },
    ]);
    // Participants: alice, v1, v2, v4, v5 started or helped; bob only shared.
    // Converted: v1 (start, help), v2 (help), v4 (start), v5 (help, order); v3 only arrived.
    expect(s.viral).toEqual({
      participants: 6,
      invitesSent: 5,
      invitees: 5,
      inviteesConverted: 4,
      k: expect.closeTo((5 / 6) * (4 / 5)),
    });
    // Alice: 3 arrivals, 3 helps (v1→a, v2→a, v2→b1), v1's start = 7, 3 + 6 + 5 xp.
    // Bob: 2 arrivals, v4's start, 2 helps (v5→a, v5→b4) = 5, 2 + 5 + 4 xp; v5's order is held.
    expect(s.topSharers).toEqual([
      { name: 'a****', conversions: 7, xp: 14, pendingXp: 0 },
      // v5's order is still in its refund window: shown apart, as on Bob's own page.
      { name: 'b**', conversions: 5, xp: 11, pendingXp: 10 },
    ]);
    expect(s.topSharersShare).toBe(1);
    expect(s.pendingCredits).toEqual([]);

    h.clock.advance(7 * DAY);
    expect((await stats(c.id)).topSharers).toEqual([
      { name: 'a****', conversions: 7, xp: 14, pendingXp: 0 },
      { name: 'b**', conversions: 6, xp: 21, pendingXp: 0 },
    ]);
  });

  test('the top 10 sharers’ share of all conversions', async () => {
    const c = await h.save(aBargainCampaign());
    const tA = await share(c.id, 'alice');
    await visit(c.id, 'a1', 1007, tA);
    await visit(c.id, 'a2', 1007, tA);
    for (let i = 1; i <= 11; i += 1) {
      const sharer = `s${String(i).padStart(2, '0')}`;
      await visit(c.id, `${sharer}-friend`, 1008, await share(c.id, sharer));
    }
    const s = await stats(c.id);
    expect(s.topSharers).toHaveLength(10);
    expect(s.topSharers[0]).toEqual({ name: 'a****', conversions: 2, xp: 2, pendingXp: 0 });
    expect(s.topSharers.slice(1).map((t: { name: string }) => t.name)).toEqual(
      Array.from({ length: 9 }, () => 's**'),
    );
    // 2 + 9 of 13 conversions.
    expect(s.topSharersShare).toBeCloseTo(11 / 13);
    expect(s.viral).toMatchObject({ participants: 12, invitesSent: 13, invitees: 13 });
  });

  test('BUG: a sharer opening their own card is no invite sent', async () => {
    const c = await h.save(aBargainCampaign());
    const token = await share(c.id, 'alice');
    await visit(c.id, 'alice', 1007, token);
    await visit(c.id, 'bob', 1007, token);
    expect((await stats(c.id)).viral).toMatchObject({ invitesSent: 1, invitees: 1 });
  });

  test('an empty campaign: zeros everywhere, never NaN', async () => {
    const c = await h.save(aBargainCampaign());
    const s = await stats(c.id);
    expect(s.funnel.map((f: { count: number }) => f.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
    expect(s.funnel.map((f: { conversion: unknown }) => f.conversion)).toEqual([
      null,
      { of: 'visitors', ratio: 0 },
      null,
      null,
      { of: 'starts', ratio: 0 },
      null,
      { of: 'rewardsIssued', ratio: 0 },
      null,
    ]);
    expect(s.viral).toEqual({
      participants: 0,
      invitesSent: 0,
      invitees: 0,
      inviteesConverted: 0,
      k: 0,
    });
    expect([s.scenes, s.topSharers, s.topSharersShare, s.pendingCredits]).toEqual([[], [], 0, []]);
    expectError(
      await h.call(
        'campaign',
        { action: 'stats', campaignId: 'no-such-campaign' },
        'merchant',
        'merchant',
      ),
      'NOT_FOUND',
    );
  });
});
