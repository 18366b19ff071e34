/**
 * The promises under load. These run on the PostgreSQL server when DATABASE_URL is set (CI):
 * PGlite runs one transaction at a time and would pass even without the locks.
 *
 * Each test was checked to fail on the server with its protection removed:
 * - the open-target guard (`status = 'active' and helps_done < helps_needed`) dropped from the
 *   help statement's advanceCte → the 200-helper test fails (extra helps overshoot);
 * - the budget condition dropped from issueCoupon → the 500-claim test fails;
 * - the template row lock dropped from issueCoupon → the 40-replay test issues several coupons;
 * - `status = 'issued'` dropped from redeemCoupon → several redeems succeed;
 * - the `helps < limit` condition dropped from countHelperDay → the daily limit is exceeded.
 */
import {
  aBargainCampaign,
  aCouponCampaign,
  anAssistCampaign,
} from '../../support/builders/campaign-config';
import { useHarness } from '../../support/harness';
import { eventsOf } from '../../support/outbox';
import { codes, describeOnServer, range } from '../../support/on-server';

describeOnServer('under concurrency on %s', (kind) => {
  const h = useHarness(kind, { poolMax: 32 });

  test('200 helpers (20 of them twice) on a 10-help bargain: exactly 10 helps, the floor, one reward', async () => {
    const c = await h.save(aBargainCampaign({ priceFen: 9900, floorFen: 100, helpsNeeded: 10 }));
    const { bargain } = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'initiator');
    const helpers = [...range(180, 'h'), ...range(20, 'h')];
    const results = await Promise.all(
      helpers.map((who) => h.call('bargain', { action: 'help', bargainId: bargain.id }, who)),
    );

    const { ok, ...refused } = codes(results);
    expect(ok).toBe(10);
    expect(
      Object.keys(refused).every((code) => code === 'CLOSED' || code === 'ALREADY_HELPED'),
    ).toBe(true);
    const [row] = await h.store.query<{ current_fen: number; helps_done: number; status: string }>(
      'select current_fen, helps_done, status from bargain where id = $1',
      [bargain.id],
    );
    expect(row).toEqual({ current_fen: 100, helps_done: 10, status: 'completed' });
    const [cuts] = await h.store.query<{ n: number; sum: number }>(
      'select count(*)::int as n, sum(cut_fen)::int as sum from bargain_help where bargain_id = $1',
      [bargain.id],
    );
    expect(cuts).toEqual({ n: 10, sum: 9900 - 100 - bargain.initiatorCutFen });
    const rewards = await h.store.query('select id from coupon where idempotency_key = $1', [
      `bargain-reward:${bargain.id}`,
    ]);
    expect(rewards).toHaveLength(1);
    const owned = await h.store.query(
      `select id from coupon where owner_openid = 'initiator' and reason = 'bargain_reward'`,
    );
    expect(owned).toHaveLength(1);
    // The initiator is told of each help as it was written: helps 1–9, then the completion.
    const helps = await h.store.query<{ helper_openid: string; seq: number }>(
      'select helper_openid, seq from bargain_help where bargain_id = $1 order by seq',
      [bargain.id],
    );
    const told = await eventsOf(h.store, c.id);
    const news = told
      .filter((e) => e.event_type !== 'reward.issued')
      .map((e) => [e.payload.helperOpenid, e.payload.helpsDone ?? e.payload.helpsNeeded])
      .sort((a, b) => Number(a[1]) - Number(b[1]));
    expect(news).toEqual(helps.map((help) => [help.helper_openid, help.seq]));
    expect(told.map((e) => e.event_type).sort()).toEqual([
      'bargain.completed',
      ...Array(9).fill('bargain.helped'),
      'reward.issued',
    ]);
  });

  test('one helper sending the same help 50 times at once: one help', async () => {
    const c = await h.save(aBargainCampaign());
    const { bargain } = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'initiator2');
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        h.call('bargain', { action: 'help', bargainId: bargain.id }, 'eager'),
      ),
    );
    expect(codes(results)).toEqual({ ok: 1, ALREADY_HELPED: 49 });
    const rows = await h.store.query('select seq from bargain_help where bargain_id = $1', [
      bargain.id,
    ]);
    expect(rows).toHaveLength(1);
  });

  test('one helper helping many bargains at once stays within the daily limit', async () => {
    const c = await h.save(aBargainCampaign({ helperDailyLimit: 3 }));
    const ids: string[] = [];
    for (const who of range(20, 'starter'))
      ids.push((await h.ok('bargain', { action: 'start', campaignId: c.id }, who)).bargain.id);
    const results = await Promise.all(
      ids.map((id) => h.call('bargain', { action: 'help', bargainId: id }, 'greedy')),
    );
    expect(codes(results)).toEqual({ ok: 3, HELP_LIMIT: 17 });
  });

  test('500 different people claiming a budget-100 template: exactly 100 coupons', async () => {
    const c = await h.save(aCouponCampaign({ budget: 100, perUserLimit: 1 }));
    const results = await Promise.all(
      range(500, 'claimer').map((who) =>
        h.call('coupon', { action: 'claim', templateId: c.id }, who),
      ),
    );
    expect(codes(results)).toEqual({ ok: 100, BUDGET_EXHAUSTED: 400 });
    const [row] = await h.store.query<{ issued: number; n: number }>(
      `select t.issued, (select count(*)::int from coupon where template_id = t.id) as n
         from coupon_template t where id = $1`,
      [c.id],
    );
    expect(row).toEqual({ issued: 100, n: 100 });
  });

  test('one person claiming 30 times at once: the per-user limit holds', async () => {
    const c = await h.save(aCouponCampaign({ budget: 1000, perUserLimit: 2 }));
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        h.call('coupon', { action: 'claim', templateId: c.id }, 'hoarder'),
      ),
    );
    expect(codes(results)).toEqual({ ok: 2, CLAIM_LIMIT: 28 });
  });

  test('the same claim replayed 40 times at once (one requestId): one coupon, the same answer', async () => {
    const c = await h.save(aCouponCampaign({ budget: 10, perUserLimit: 1 }));
    const results = await Promise.all(
      Array.from({ length: 40 }, () =>
        h.call<{ coupon: { id: string } }>(
          'coupon',
          { action: 'claim', templateId: c.id, requestId: 'tap-000001' },
          'retrier',
        ),
      ),
    );
    expect(codes(results)).toEqual({ ok: 40 });
    expect(new Set(results.map((r) => (r.ok ? r.data.coupon.id : null))).size).toBe(1);
    const [row] = await h.store.query<{ issued: number }>(
      'select issued from coupon_template where id = $1',
      [c.id],
    );
    expect(row?.issued).toBe(1);
  });

  test('concurrent redeems of one coupon (different orders): one success', async () => {
    const c = await h.save(aCouponCampaign());
    const { coupon } = await h.ok('coupon', { action: 'claim', templateId: c.id }, 'buyer');
    const results = await Promise.all(
      range(20, 'order').map((orderId) =>
        h.call(
          'coupon',
          {
            action: 'redeem',
            couponId: coupon.id,
            orderId,
            buyerOpenid: 'buyer',
            amountFen: 5000,
            productIds: [],
          },
          'merchant',
          'merchant',
        ),
      ),
    );
    expect(codes(results)).toEqual({ ok: 1, ALREADY_REDEEMED: 19 });
  });

  test('100 helpers on a 5-help assist: 5 helps, one initiator reward, one thank-you per helper', async () => {
    const c = await h.save(anAssistCampaign({ helpsNeeded: 5 }));
    const { assist } = await h.ok('assist', { action: 'start', campaignId: c.id }, 'asker');
    const results = await Promise.all(
      range(100, 'friend').map((who) =>
        h.call('assist', { action: 'help', assistId: assist.id }, who),
      ),
    );
    expect(codes(results).ok).toBe(5);
    const coupons = await h.store.query<{ reason: string; n: number }>(
      `select reason, count(*)::int as n from coupon where template_id like $1 group by reason order by reason`,
      [`${c.id}-%`],
    );
    expect(coupons).toEqual([
      { reason: 'assist_helper_reward', n: 5 },
      { reason: 'assist_reward', n: 1 },
    ]);
    const [goal] = await h.store.query<{ issued: number; reserved: number }>(
      'select issued, reserved from coupon_template where id = $1',
      [`${c.id}-goal`],
    );
    expect(goal).toEqual({ issued: 1, reserved: 0 });
    const told = (await eventsOf(h.store, c.id)).map((e) => e.event_type).sort();
    expect(told).toEqual([
      'assist.completed',
      ...Array(4).fill('assist.helped'),
      ...Array(6).fill('reward.issued'),
    ]);
  });

  test('one person starting 20 times at once: one bargain, one start counted', async () => {
    const c = await h.save(aBargainCampaign({ maxStartsPerUser: 3 }));
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        h.call<{ bargain: { id: string } }>(
          'bargain',
          { action: 'start', campaignId: c.id },
          'impatient',
        ),
      ),
    );
    expect(codes(results)).toEqual({ ok: 20 });
    expect(new Set(results.map((r) => (r.ok ? r.data.bargain.id : null))).size).toBe(1);
    const [row] = await h.store.query<{ starts: number }>(
      'select starts from start_count where campaign_id = $1',
      [c.id],
    );
    expect(row?.starts).toBe(1);
  });

  test('one person restarting a lapsed bargain 20 times at once: one new bargain, the limit held', async () => {
    const c = await h.save(aBargainCampaign({ maxStartsPerUser: 1, durationHours: 1 }));
    const first = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'again');
    h.clock.advance(2 * 3_600_000);
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        h.call<{ bargain: { id: string } }>(
          'bargain',
          { action: 'start', campaignId: c.id },
          'again',
        ),
      ),
    );
    h.clock.set('2026-03-01T10:00:00.000+08:00');
    expect(codes(results)).toEqual({ ok: 20 });
    const ids = new Set(results.map((r) => (r.ok ? r.data.bargain.id : null)));
    expect(ids.size).toBe(1);
    expect(ids.has(first.bargain.id)).toBe(false);
    const rows = await h.store.query<{ status: string; n: number }>(
      `select status, count(*)::int as n from bargain where campaign_id = $1 group by 1 order by 1`,
      [c.id],
    );
    expect(rows).toEqual([
      { status: 'active', n: 1 },
      { status: 'expired', n: 1 },
    ]);
    const [row] = await h.store.query<{ starts: number }>(
      'select starts from start_count where campaign_id = $1',
      [c.id],
    );
    // Two starts made, one of them given back: one counts, the limit of one.
    expect(row?.starts).toBe(2);
  });
});
