import { countedCredits } from '../../../support/builders/attribution';
import { aBargainCampaign } from '../../../support/builders/campaign-config';
import { expectError, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

describe.each(storeKinds())('invite attribution, end to end on %s', (kind) => {
  const h = useHarness(kind);

  test('A shares; B opens A’s token then C’s; only A is credited, and A’s own visit counts for nothing', async () => {
    const c = await h.save(aBargainCampaign());
    const a = await h.ok('invite', { action: 'share', campaignId: c.id }, 'alice');
    expect(a.token).toMatch(/^[0-9A-Za-z]{12}$/);
    expect(a.path).toBe(`/pages/landing/index?campaignId=${c.id}&token=${a.token}`);
    await h.ok('invite', { action: 'visit', campaignId: c.id, scene: 1007 }, 'carol');
    const cToken = (await h.ok('invite', { action: 'share', campaignId: c.id }, 'carol')).token;

    const first = await h.ok(
      'invite',
      { action: 'visit', campaignId: c.id, token: a.token, scene: 1007 },
      'bob',
    );
    expect(first).toEqual({
      campaignId: c.id,
      isNewUser: true,
      invitedBy: { name: 'a****', bought: false },
      subject: null,
    });
    const second = await h.ok(
      'invite',
      { action: 'visit', campaignId: c.id, token: cToken, scene: 1008 },
      'bob',
    );
    expect(second).toMatchObject({ isNewUser: false, invitedBy: { name: 'a****' } });
    const own = await h.ok(
      'invite',
      { action: 'visit', campaignId: c.id, token: a.token },
      'alice',
    );
    expect(own).toMatchObject({ isNewUser: false, invitedBy: null });

    const progressA = await h.ok('invite', { action: 'progress', campaignId: c.id }, 'alice');
    expect(progressA.counted).toEqual(countedCredits({ arrived: 1 }));
    expect(progressA.recent).toEqual([
      expect.objectContaining({ name: 'b**', stage: 'arrived', status: 'counted' }),
    ]);
    expect(progressA.level).toMatchObject({ level: 1, xp: 1 });
    expect(progressA.rank).toBe(1);
    const progressC = await h.ok('invite', { action: 'progress', campaignId: c.id }, 'carol');
    expect(progressC.counted).toEqual(countedCredits({}));

    // The viral loop: B starts their own bargain and helps A's; both credit A.
    const { bargain } = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'alice');
    await h.ok('bargain', { action: 'help', bargainId: bargain.id }, 'bob');
    await h.ok('bargain', { action: 'start', campaignId: c.id }, 'bob');
    const after = await h.ok('invite', { action: 'progress', campaignId: c.id }, 'alice');
    expect(after.counted).toEqual(countedCredits({ arrived: 1, helped: 1, started: 1 }));

    // An order is held for the refund window before it counts.
    await h.ok(
      'order',
      { action: 'report', orderId: 'o-1', buyerOpenid: 'bob', amountFen: 100, campaignId: c.id },
      'merchant',
      'merchant',
    );
    const held = await h.ok('invite', { action: 'progress', campaignId: c.id }, 'alice');
    expect(held.pending.ordered).toBe(1);
    expect(held.counted.ordered).toBe(0);

    const { stats } = await h.ok(
      'campaign',
      { action: 'stats', campaignId: c.id },
      'merchant',
      'merchant',
    );
    const funnel = Object.fromEntries(
      stats.funnel.map((s: { stage: string; count: number }) => [s.stage, s.count]),
    );
    expect(funnel).toEqual({
      visitors: 2,
      newPeople: 2,
      starts: 2,
      helps: 1,
      completions: 0,
      rewardsIssued: 0,
      redeemed: 0,
      orders: 1,
    });
    expect(stats.scenes).toEqual(
      expect.arrayContaining([
        { scene: 1007, visits: 2 },
        { scene: 1008, visits: 1 },
      ]),
    );
    expect(stats.topSharers[0]).toMatchObject({ name: 'a****', conversions: 3 });
    expect(stats.viral.invitees).toBe(1);

    expectError(
      await h.call('campaign', { action: 'stats', campaignId: c.id }, 'alice'),
      'FORBIDDEN',
    );
    expectError(
      await h.call(
        'order',
        { action: 'report', orderId: 'o-2', buyerOpenid: 'bob', amountFen: 1 },
        'bob',
      ),
      'FORBIDDEN',
    );
  });

  test('a token shared for a bargain names it, so the landing page can forward the friend', async () => {
    const c = await h.save(aBargainCampaign());
    const { bargain } = await h.ok(
      'bargain',
      { action: 'start', campaignId: c.id },
      'poster-owner',
    );
    const { token } = await h.ok(
      'invite',
      { action: 'share', campaignId: c.id, subjectId: bargain.id },
      'poster-owner',
    );
    const visit = await h.ok('invite', { action: 'visit', token, scene: 1048 }, 'scanner');
    expect(visit.subject).toEqual({ kind: 'bargain', id: bargain.id });
    expectError(
      await h.call(
        'invite',
        { action: 'share', campaignId: c.id, subjectId: bargain.id },
        'not-the-owner',
      ),
      'NOT_FOUND',
    );
  });

  test('a QR launch carries only the token: the campaign comes from it', async () => {
    const c = await h.save(aBargainCampaign());
    const { token } = await h.ok('invite', { action: 'share', campaignId: c.id }, 'qr-sharer');
    const visit = await h.ok('invite', { action: 'visit', token, scene: 1047 }, 'qr-friend');
    expect(visit).toMatchObject({
      campaignId: c.id,
      isNewUser: true,
      invitedBy: { name: 'q********' },
    });
  });

  test('the QR code needs WeChat: the local host says so with a typed error', async () => {
    const c = await h.save(aBargainCampaign());
    const { token } = await h.ok('invite', { action: 'share', campaignId: c.id }, 'poster');
    expectError(await h.call('invite', { action: 'qrcode', token }, 'poster'), 'UNAVAILABLE');
    expectError(await h.call('invite', { action: 'qrcode', token }, 'someone-else'), 'NOT_FOUND');
  });
});
