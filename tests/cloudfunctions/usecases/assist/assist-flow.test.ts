/**
 * An assist (助力) end to end: start, friends help, the goal completes. Both sides get
 * something real, each exactly once: the initiator's reward when the goal is reached, each
 * helper's thank-you when they help. Refusals: assist-refusals.test.ts; the goal budget
 * reserved at start: assist-reservation.test.ts.
 */
import { anAssistCampaign } from '../../../support/builders/campaign-config';
import { useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
type Coupon = { id: string; reason: string; templateId: string };

describe.each(storeKinds())('assist on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  const start = (campaignId: string, who: string) =>
    h.ok('assist', { action: 'start', campaignId }, who);
  const help = (assistId: string, who: string) => h.ok('assist', { action: 'help', assistId }, who);
  const get = (assistId: string, who: string) => h.ok('assist', { action: 'get', assistId }, who);
  const couponsOf = async (who: string): Promise<Coupon[]> =>
    (await h.ok('coupon', { action: 'list' }, who)).coupons;
  const template = async (id: string) =>
    (
      await h.store.query<{ issued: number; reserved: number }>(
        'select issued, reserved from coupon_template where id = $1',
        [id],
      )
    )[0];

  test('three friends complete it: the initiator’s reward once, each friend’s thank-you once', async () => {
    const c = await h.save(anAssistCampaign({ helpsNeeded: 3 }));
    const { assist, created } = await start(c.id, 'amy');
    expect(created).toBe(true);
    expect(assist).toMatchObject({
      campaignId: c.id,
      status: 'active',
      helpsNeeded: 3,
      helpsDone: 0,
      completedAt: null,
      reward: null,
      viewer: { isInitiator: true, canHelp: false, helpRefusal: 'SELF_HELP' },
    });
    expect(Date.parse(assist.endsAt) - Date.parse(START)).toBe(24 * 3_600_000);

    const results = [];
    for (const [i, friend] of ['f1', 'f2', 'f3'].entries()) {
      h.clock.advance(60_000);
      const result = await help(assist.id, friend);
      results.push(result);
      expect(result.assist.helpsDone).toBe(i + 1);
      expect(result.helperReward).toEqual({
        ok: true,
        coupon: expect.objectContaining({
          templateId: `${c.id}-thanks`,
          reason: 'assist_helper_reward',
          valueFen: 300,
          status: 'issued',
        }),
      });
    }
    const done = results[2]!.assist;
    expect(done).toMatchObject({
      status: 'completed',
      helpsDone: 3,
      completedAt: expect.any(String),
    });
    expect(done.completedAt).toBe(h.clock.now().toISOString());
    // The helper who completed it sees no reward of the initiator's.
    expect(done.reward).toBeNull();

    const mine = (await get(assist.id, 'amy')).assist;
    expect(mine.reward).toMatchObject({
      templateId: `${c.id}-goal`,
      reason: 'assist_reward',
      valueFen: 2000,
      status: 'issued',
    });
    expect((await get(assist.id, 'f1')).assist.reward).toBeNull();
    expect((await get(assist.id, 'stranger')).assist.reward).toBeNull();

    // Reading again issues nothing more.
    await get(assist.id, 'amy');
    const amys = await couponsOf('amy');
    expect(amys.filter((x) => x.reason === 'assist_reward')).toEqual([
      expect.objectContaining({ id: mine.reward.id }),
    ]);
    for (const [i, friend] of ['f1', 'f2', 'f3'].entries()) {
      const theirs = await couponsOf(friend);
      expect(theirs).toEqual([expect.objectContaining({ id: results[i]!.helperReward.coupon.id })]);
    }
    expect(await template(`${c.id}-goal`)).toEqual({ issued: 1, reserved: 0 });
    expect(await template(`${c.id}-thanks`)).toEqual({ issued: 3, reserved: 0 });
    const keys = await h.store.query(`select idempotency_key from coupon where template_id = $1`, [
      `${c.id}-goal`,
    ]);
    expect(keys).toEqual([{ idempotency_key: `assist-reward:${assist.id}` }]);
  });

  test('starting again while one is active hands back the active one, reserving nothing more', async () => {
    const c = await h.save(anAssistCampaign());
    const first = await start(c.id, 'bob');
    h.clock.advance(3_600_000);
    const again = await start(c.id, 'bob');
    expect(again).toMatchObject({ created: false, assist: { id: first.assist.id } });
    expect(await template(`${c.id}-goal`)).toEqual({ issued: 0, reserved: 1 });
    const [count] = await h.store.query('select starts from start_count where campaign_id = $1', [
      c.id,
    ]);
    expect(count).toEqual({ starts: 1 });
  });

  test('a helper at the thank-you’s perUserLimit still helps; helperReward says CLAIM_LIMIT', async () => {
    const c = await h.save(
      anAssistCampaign({ helpsNeeded: 1, helperDailyLimit: 5 }, { thanksPerUser: 1 }),
    );
    const a = (await start(c.id, 'cat')).assist;
    const b = (await start(c.id, 'dan')).assist;
    const first = await help(a.id, 'helpful');
    expect(first.helperReward).toMatchObject({ ok: true });

    const second = await help(b.id, 'helpful');
    expect(second.helperReward).toEqual({ ok: false, code: 'CLAIM_LIMIT' });
    // The help counted, and it completed dan's assist: dan's reward is issued regardless.
    expect(second.assist).toMatchObject({ helpsDone: 1, status: 'completed' });
    expect((await get(b.id, 'dan')).assist.reward).toMatchObject({ reason: 'assist_reward' });
    expect(await couponsOf('helpful')).toEqual([
      expect.objectContaining({ id: first.helperReward.coupon.id }),
    ]);
    expect(await template(`${c.id}-thanks`)).toEqual({ issued: 1, reserved: 0 });
    const rows = await h.store.query(
      'select reward_coupon_id from assist_help where assist_id = $1',
      [b.id],
    );
    expect(rows).toEqual([{ reward_coupon_id: null }]);
  });

  test('when the thank-you budget is used up the help still counts; helperReward says BUDGET_EXHAUSTED', async () => {
    const c = await h.save(anAssistCampaign({ helpsNeeded: 3 }, { thanksBudget: 1 }));
    const { assist } = await start(c.id, 'eve');
    expect((await help(assist.id, 'g1')).helperReward).toMatchObject({ ok: true });
    const second = await help(assist.id, 'g2');
    expect(second.helperReward).toEqual({ ok: false, code: 'BUDGET_EXHAUSTED' });
    expect(second.assist.helpsDone).toBe(2);
    expect(await couponsOf('g2')).toEqual([]);
  });

  test('a campaign without a thank-you answers helperReward null', async () => {
    const c = await h.save(anAssistCampaign({ helpsNeeded: 2 }, { withThanks: false }));
    const { assist } = await start(c.id, 'fay');
    const result = await help(assist.id, 'h1');
    expect(result.helperReward).toBeNull();
    expect(await couponsOf('h1')).toEqual([]);
  });

  test('the help that lands 1 ms before endsAt still completes it and earns the reward', async () => {
    const c = await h.save(anAssistCampaign({ helpsNeeded: 1 }));
    const { assist } = await start(c.id, 'gus');
    h.clock.set(new Date(Date.parse(assist.endsAt) - 1));
    expect((await help(assist.id, 'last-minute')).assist.status).toBe('completed');
    expect((await get(assist.id, 'gus')).assist.reward).toMatchObject({ reason: 'assist_reward' });
  });

  test('mine lists the caller’s assists, newest first, with their reward', async () => {
    const one = await h.save(anAssistCampaign({ helpsNeeded: 1 }));
    const two = await h.save(anAssistCampaign());
    const a = (await start(one.id, 'hal')).assist;
    await help(a.id, 'i1');
    h.clock.advance(60_000);
    const b = (await start(two.id, 'hal')).assist;
    const { assists } = await h.ok('assist', { action: 'mine' }, 'hal');
    expect(assists.map((x: { id: string }) => x.id)).toEqual([b.id, a.id]);
    expect(assists[1].reward).toMatchObject({ reason: 'assist_reward' });
    const onlyOne = await h.ok('assist', { action: 'mine', campaignId: one.id }, 'hal');
    expect(onlyOne.assists.map((x: { id: string }) => x.id)).toEqual([a.id]);
  });
});
