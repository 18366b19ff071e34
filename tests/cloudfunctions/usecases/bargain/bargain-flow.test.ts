import { aFriendViewer } from '../../../support/builders/helper';
import { aBargainCampaign } from '../../../support/builders/campaign-config';
import { expectError, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const HOUR = 3_600_000;
const friends = (n: number, prefix = 'f') =>
  Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe.each(storeKinds())('bargain on %s', (kind) => {
  const h = useHarness(kind);

  test('ten friends take it to the floor; the initiator gets one reward worth price − floor', async () => {
    const c = await h.save(aBargainCampaign({ priceFen: 9900, floorFen: 100, helpsNeeded: 10 }));
    const { bargain, created } = await h.ok(
      'bargain',
      { action: 'start', campaignId: c.id },
      'alice',
    );
    expect(created).toBe(true);
    expect(bargain).toMatchObject({
      status: 'active',
      priceFen: 9900,
      floorFen: 100,
      helpsNeeded: 10,
      helpsDone: 0,
    });
    expect(bargain.schedule).toHaveLength(11);
    expect(bargain.currentFen).toBe(9900 - bargain.initiatorCutFen);

    let last;
    for (const [i, friend] of friends(10).entries()) {
      last = await h.ok('bargain', { action: 'help', bargainId: bargain.id }, friend);
      expect(last.cutFen).toBe(bargain.schedule[i + 1]);
    }
    expect(last!.bargain).toMatchObject({ status: 'completed', currentFen: 100, helpsDone: 10 });

    const mine = await h.ok('bargain', { action: 'get', bargainId: bargain.id }, 'alice');
    expect(mine.bargain.reward).toMatchObject({
      valueFen: 9800,
      productId: 'p1',
      reason: 'bargain_reward',
      status: 'issued',
    });
    const { coupons } = await h.ok('coupon', { action: 'list' }, 'alice');
    expect(coupons.filter((x: { reason: string }) => x.reason === 'bargain_reward')).toHaveLength(
      1,
    );

    expectError(
      await h.call('bargain', { action: 'help', bargainId: bargain.id }, 'late'),
      'CLOSED',
    );
  });

  test('starting again while one is active returns the active one', async () => {
    const c = await h.save(aBargainCampaign());
    const first = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'bob');
    const again = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'bob');
    expect(again).toMatchObject({ created: false, bargain: { id: first.bargain.id } });
  });

  test.each([
    { label: 'self help', code: 'SELF_HELP' },
    { label: 'second help by the same friend', code: 'ALREADY_HELPED' },
    { label: 'help past endsAt', code: 'EXPIRED' },
    { label: 'unknown bargain', code: 'NOT_FOUND' },
    { label: 'malformed id', code: 'INVALID_INPUT' },
  ])('$label is refused with $code and changes nothing', async ({ code }) => {
    const c = await h.save(aBargainCampaign());
    const { bargain } = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'carol');
    await h.ok('bargain', { action: 'help', bargainId: bargain.id }, 'dave');
    const before = (await h.ok('bargain', { action: 'get', bargainId: bargain.id }, 'carol'))
      .bargain;

    const attempt = {
      SELF_HELP: () => h.call('bargain', { action: 'help', bargainId: bargain.id }, 'carol'),
      ALREADY_HELPED: () => h.call('bargain', { action: 'help', bargainId: bargain.id }, 'dave'),
      EXPIRED: async () => {
        h.clock.set(bargain.endsAt);
        return h.call('bargain', { action: 'help', bargainId: bargain.id }, 'erin');
      },
      NOT_FOUND: () =>
        h.call('bargain', { action: 'help', bargainId: 'brg_0000000000000000' }, 'erin'),
      INVALID_INPUT: () => h.call('bargain', { action: 'help', bargainId: "x' or 1=1 --" }, 'erin'),
    }[code]!;
    expectError(await attempt(), code);
    const after = (await h.ok('bargain', { action: 'get', bargainId: bargain.id }, 'carol'))
      .bargain;
    // Only the clock's own consequences differ: its status, and (once lapsed) the restart.
    const restart = { canRestart: false, restartRefusal: null };
    expect({
      ...after,
      status: 'x',
      serverNow: 'x',
      viewer: { ...after.viewer, ...restart },
    }).toEqual({
      ...before,
      status: 'x',
      serverNow: 'x',
      viewer: { ...before.viewer, ...restart },
    });
    h.clock.set('2026-03-01T10:00:00.000+08:00');
  });

  test('one millisecond before endsAt a help still counts', async () => {
    const c = await h.save(aBargainCampaign());
    const { bargain } = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'gina');
    h.clock.set(new Date(Date.parse(bargain.endsAt) - 1));
    expect(
      (await h.ok('bargain', { action: 'help', bargainId: bargain.id }, 'hank')).bargain.helpsDone,
    ).toBe(1);
    h.clock.set('2026-03-01T10:00:00.000+08:00');
  });

  test('a helper’s daily limit holds across bargains, and resets the next China day', async () => {
    const c = await h.save(aBargainCampaign({ helperDailyLimit: 2 }));
    const ids = [];
    for (const who of ['i1', 'i2', 'i3'])
      ids.push((await h.ok('bargain', { action: 'start', campaignId: c.id }, who)).bargain.id);
    await h.ok('bargain', { action: 'help', bargainId: ids[0] }, 'busy');
    await h.ok('bargain', { action: 'help', bargainId: ids[1] }, 'busy');
    expectError(
      await h.call('bargain', { action: 'help', bargainId: ids[2] }, 'busy'),
      'HELP_LIMIT',
    );
    h.clock.advance(14 * HOUR); // 2026-03-02 00:00 in China
    await h.ok('bargain', { action: 'help', bargainId: ids[2] }, 'busy');
    h.clock.set('2026-03-01T10:00:00.000+08:00');
  });

  test('newUsersOnly: only people first seen in this campaign may help', async () => {
    const other = await h.save(aBargainCampaign());
    const c = await h.save(aBargainCampaign({ newUsersOnly: true }));
    await h.ok('bargain', { action: 'start', campaignId: other.id }, 'veteran');
    const { bargain } = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'jack');
    expectError(
      await h.call('bargain', { action: 'help', bargainId: bargain.id }, 'veteran'),
      'NEW_USERS_ONLY',
    );
    await h.ok('bargain', { action: 'help', bargainId: bargain.id }, 'newcomer');
  });

  test('with restartAfterExpiry false the start limit counts lapsed bargains too', async () => {
    const c = await h.save(
      aBargainCampaign({ maxStartsPerUser: 1, durationHours: 1, restartAfterExpiry: false }),
    );
    await h.ok('bargain', { action: 'start', campaignId: c.id }, 'kim');
    h.clock.advance(2 * HOUR);
    expectError(
      await h.call('bargain', { action: 'start', campaignId: c.id }, 'kim'),
      'START_LIMIT',
    );
    h.clock.set('2026-03-01T10:00:00.000+08:00');
  });

  test('the viewer learns what they may do before tapping', async () => {
    const c = await h.save(aBargainCampaign());
    const { bargain } = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'liz');
    const asFriend = (await h.ok('bargain', { action: 'get', bargainId: bargain.id }, 'mo'))
      .bargain;
    expect(asFriend.viewer).toEqual(aFriendViewer());
    expect(asFriend.initiatorName).toBe('l**');
    const asSelf = (await h.ok('bargain', { action: 'get', bargainId: bargain.id }, 'liz')).bargain;
    expect(asSelf.viewer).toMatchObject({
      isInitiator: true,
      canHelp: false,
      helpRefusal: 'SELF_HELP',
    });
  });

  test('an openid in the event is ignored: identity comes from the context', async () => {
    const c = await h.save(aBargainCampaign());
    const { bargain } = await h.ok(
      'bargain',
      { action: 'start', campaignId: c.id, openid: 'victim', userInfo: { openId: 'victim' } },
      'mallory',
    );
    expect(bargain.viewer.isInitiator).toBe(true);
    const asVictim = await h.ok('bargain', { action: 'mine' }, 'victim');
    expect(asVictim.bargains).toEqual([]);
  });
});
