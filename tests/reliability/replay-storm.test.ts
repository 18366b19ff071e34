/**
 * A retried request must not become a second effect: the same request sent 100 times at once
 * and then 50 times in a row gives exactly one effect and, for replays, the first result.
 * Runs on the PostgreSQL server when DATABASE_URL is set (PGlite runs one transaction at a time
 * and cannot show a missing row lock), on PGlite otherwise.
 *
 * Protections relied on, per row:
 * - bargain.help / assist.help: the target row lock (`select … for update`) and the help
 *   table's primary key (bargain_id|assist_id, helper_openid) with ON CONFLICT DO NOTHING;
 *   the helper's thank-you coupon by its idempotency key `assist-helper:<assist>:<helper>`;
 * - coupon.claim: the unique `coupon.idempotency_key` (`claim:<template>:<openid>:<requestId>`)
 *   behind the template row lock, which makes a concurrent replay see the first coupon;
 * - coupon.redeem: the conditional update `where status = 'issued'` and the replay answer
 *   for the same order id;
 * - order.report: `shop_order` primary key with ON CONFLICT DO NOTHING, the coupon redeemed and
 *   the sharer credited inside that one transaction (conversion unique per invitee/stage/ref);
 * - invite.visit: campaign_user's primary key for "new" (first sighting), attribution's
 *   primary key (campaign, invitee) for the one attribution and so the one 'arrived' credit;
 * - bargain.start / assist.start: the partial unique index (one active per person and
 *   campaign) with ON CONFLICT DO NOTHING, and the start counter's conditional upsert.
 *
 * Checked to fail, each in a copy of the tree (never in this one):
 * - issueCoupon's idempotency-key lookup removed → the claim storm answers INTERNAL 99 times
 *   (unique violation), on PGlite and on the server;
 * - reportOrder's `on conflict (order_id) do nothing` removed → the order storm answers
 *   INTERNAL, on both;
 * - redeemCoupon's `and status = 'issued'` removed → 150 redemptions each claim to be the first;
 * - on the server, the help statement's guarded update of the bargain row together with bargain_help's primary key and its
 *   ON CONFLICT removed → the help storm answers INTERNAL (seq clash). Either one alone still
 *   passes: the lock and the key each stop a replayed help on their own (defence in depth).
 */
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import {
  aBargainCampaign,
  aCouponCampaign,
  anAssistCampaign,
} from '../support/builders/campaign-config';
import { openHarness, type Harness } from '../support/harness';
import { describeOnServer } from '../support/on-server';
import { checkInvariants } from './support/invariants';

const AT_ONCE = 100;
const IN_A_ROW = 50;

type Result = FunctionResult<any>;

const codes = (results: Result[]) =>
  results.reduce<Record<string, number>>((acc, r) => {
    const key = r.ok ? 'ok' : r.error.code;
    acc[key] = (acc[key] ?? 0) + 1;
    return acc;
  }, {});

/** The same request, `AT_ONCE` concurrently, then `IN_A_ROW` sequentially. */
async function storm(send: () => Promise<Result>): Promise<{ atOnce: Result[]; inARow: Result[] }> {
  const atOnce = await Promise.all(Array.from({ length: AT_ONCE }, () => send()));
  const inARow: Result[] = [];
  for (let i = 0; i < IN_A_ROW; i += 1) inARow.push(await send());
  return { atOnce, inARow };
}

const data = (results: Result[]) => results.map((r) => (r.ok ? r.data : undefined));

describeOnServer('one request, replayed, on %s: one effect', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(kind, undefined, { poolMax: 24 });
  });
  afterEach(async () => {
    expect(await checkInvariants(h.store)).toEqual([]);
  });
  afterAll(() => h?.close());

  test('bargain.help by one helper: one help, one cut', async () => {
    const c = await h.save(aBargainCampaign({ priceFen: 9_900, floorFen: 100, helpsNeeded: 10 }));
    const { bargain } = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'bh-init');
    // The friend lands first: once they are known, nothing but the help's own lock and key
    // stands between their concurrent taps (a first sighting would serialise them by itself).
    await h.ok('invite', { action: 'visit', campaignId: c.id }, 'bh-helper');
    const { atOnce, inARow } = await storm(() =>
      h.call('bargain', { action: 'help', bargainId: bargain.id }, 'bh-helper'),
    );

    expect(codes(atOnce)).toEqual({ ok: 1, ALREADY_HELPED: AT_ONCE - 1 });
    expect(codes(inARow)).toEqual({ ALREADY_HELPED: IN_A_ROW });
    const [row] = await h.store.query(
      'select helps_done, current_fen, cuts_done from bargain where id = $1',
      [bargain.id],
    );
    const [first, second] = bargain.schedule as number[];
    expect(row).toEqual({ helps_done: 1, current_fen: 9_900 - first! - second!, cuts_done: 2 });
    expect(
      await h.store.query(
        'select helper_openid, seq, cut_fen from bargain_help where bargain_id = $1',
        [bargain.id],
      ),
    ).toEqual([{ helper_openid: 'bh-helper', seq: 1, cut_fen: second }]);
    expect(
      await h.store.query(
        `select helps from helper_day where campaign_id = $1 and helper_openid = 'bh-helper'`,
        [c.id],
      ),
    ).toEqual([{ helps: 1 }]);
  });

  test('assist.help by one helper: one help, one thank-you coupon', async () => {
    const c = await h.save(anAssistCampaign({ helpsNeeded: 3 }));
    const { assist } = await h.ok('assist', { action: 'start', campaignId: c.id }, 'ah-init');
    await h.ok('invite', { action: 'visit', campaignId: c.id }, 'ah-helper');
    const { atOnce, inARow } = await storm(() =>
      h.call('assist', { action: 'help', assistId: assist.id }, 'ah-helper'),
    );

    expect(codes(atOnce)).toEqual({ ok: 1, ALREADY_HELPED: AT_ONCE - 1 });
    expect(codes(inARow)).toEqual({ ALREADY_HELPED: IN_A_ROW });
    expect(await h.store.query('select helps_done from assist where id = $1', [assist.id])).toEqual(
      [{ helps_done: 1 }],
    );
    const thanks = await h.store.query(
      `select id from coupon where owner_openid = 'ah-helper' and reason = 'assist_helper_reward'`,
    );
    expect(thanks).toHaveLength(1);
  });

  test('coupon.claim with one requestId: one coupon, every answer the same coupon', async () => {
    const c = await h.save(aCouponCampaign({ budget: 500, perUserLimit: 5 }));
    const event = { action: 'claim', templateId: c.id, requestId: 'storm-claim-0001' };
    const { atOnce, inARow } = await storm(() => h.call('coupon', event, 'claimer'));

    expect(codes(atOnce)).toEqual({ ok: AT_ONCE });
    expect(codes(inARow)).toEqual({ ok: IN_A_ROW });
    const all = data([...atOnce, ...inARow]);
    const ids = new Set(all.map((d) => d.coupon.id));
    expect(ids.size).toBe(1);
    expect(all.filter((d) => !d.replayed)).toHaveLength(1);
    expect(data(inARow).every((d) => d.replayed)).toBe(true);
    expect(
      await h.store.query('select issued, reserved from coupon_template where id = $1', [c.id]),
    ).toEqual([{ issued: 1, reserved: 0 }]);
    expect(await h.store.query('select id from coupon where template_id = $1', [c.id])).toEqual([
      { id: [...ids][0] },
    ]);
  });

  test('coupon.redeem with one orderId: redeemed once, replays answer the first redemption', async () => {
    const c = await h.save(aCouponCampaign());
    const { coupon } = await h.ok('coupon', { action: 'claim', templateId: c.id }, 'redeemer');
    const event = {
      action: 'redeem',
      couponId: coupon.id,
      orderId: 'storm-order-r1',
      buyerOpenid: 'redeemer',
      amountFen: 5000,
      productIds: [],
    };
    const { atOnce, inARow } = await storm(() => h.call('coupon', event, 'merchant', 'merchant'));

    expect(codes(atOnce)).toEqual({ ok: AT_ONCE });
    expect(codes(inARow)).toEqual({ ok: IN_A_ROW });
    const all = data([...atOnce, ...inARow]);
    expect(all.filter((d) => !d.replayed)).toHaveLength(1);
    expect(new Set(all.map((d) => d.coupon.redeemedAt)).size).toBe(1);
    expect(new Set(all.map((d) => d.discountFen))).toEqual(new Set([1000]));
    expect(
      await h.store.query('select status, redeemed_order_id from coupon where id = $1', [
        coupon.id,
      ]),
    ).toEqual([{ status: 'redeemed', redeemed_order_id: 'storm-order-r1' }]);
  });

  test('order.report with one orderId: one order, one redemption, one credit to the sharer', async () => {
    const c = await h.save(aCouponCampaign());
    const { token } = await h.ok('invite', { action: 'share', campaignId: c.id }, 'or-sharer');
    await h.ok('invite', { action: 'visit', token }, 'or-buyer');
    const { coupon } = await h.ok('coupon', { action: 'claim', templateId: c.id }, 'or-buyer');
    const event = {
      action: 'report',
      orderId: 'storm-order-o1',
      buyerOpenid: 'or-buyer',
      amountFen: 12_000,
      campaignId: c.id,
      couponId: coupon.id,
    };
    const { atOnce, inARow } = await storm(() => h.call('order', event, 'merchant', 'merchant'));

    expect(codes(atOnce)).toEqual({ ok: AT_ONCE });
    expect(codes(inARow)).toEqual({ ok: IN_A_ROW });
    const all = data([...atOnce, ...inARow]);
    expect(all.filter((d) => !d.replayed)).toHaveLength(1);
    expect(new Set(all.map((d) => JSON.stringify(d.order))).size).toBe(1);
    expect(
      await h.store.query('select order_id from shop_order where order_id = $1', [event.orderId]),
    ).toHaveLength(1);
    expect(
      await h.store.query('select status, redeemed_order_id from coupon where id = $1', [
        coupon.id,
      ]),
    ).toEqual([{ status: 'redeemed', redeemed_order_id: event.orderId }]);
    expect(
      await h.store.query(
        `select sharer_openid, stage from conversion where invitee_openid = 'or-buyer' and stage = 'ordered'`,
      ),
    ).toEqual([{ sharer_openid: 'or-sharer', stage: 'ordered' }]);
  });

  test('invite.visit by one person with one token: one attribution, one credit, new once', async () => {
    const c = await h.save(aBargainCampaign());
    const { token } = await h.ok('invite', { action: 'share', campaignId: c.id }, 'iv-sharer');
    const event = { action: 'visit', token, scene: 1007 };
    const { atOnce, inARow } = await storm(() => h.call('invite', event, 'iv-visitor'));

    expect(codes(atOnce)).toEqual({ ok: AT_ONCE });
    expect(codes(inARow)).toEqual({ ok: IN_A_ROW });
    const all = data([...atOnce, ...inARow]);
    expect(all.filter((d) => d.isNewUser)).toHaveLength(1);
    expect(data(inARow).some((d) => d.isNewUser)).toBe(false);
    expect(all.every((d) => d.invitedBy !== null)).toBe(true);
    expect(
      await h.store.query(
        'select sharer_openid from attribution where campaign_id = $1 and invitee_openid = $2',
        [c.id, 'iv-visitor'],
      ),
    ).toEqual([{ sharer_openid: 'iv-sharer' }]);
    expect(
      await h.store.query(
        'select stage from conversion where campaign_id = $1 and invitee_openid = $2',
        [c.id, 'iv-visitor'],
      ),
    ).toEqual([{ stage: 'arrived' }]);
    const progress = await h.ok('invite', { action: 'progress', campaignId: c.id }, 'iv-sharer');
    expect(progress.counted.arrived + progress.pending.arrived).toBe(1);
  });

  test('bargain.start by one person: one bargain, counted once', async () => {
    const c = await h.save(aBargainCampaign({}, {}));
    const event = { action: 'start', campaignId: c.id };
    const { atOnce, inARow } = await storm(() => h.call('bargain', event, 'bs-init'));

    expect(codes(atOnce)).toEqual({ ok: AT_ONCE });
    expect(codes(inARow)).toEqual({ ok: IN_A_ROW });
    const all = data([...atOnce, ...inARow]);
    expect(new Set(all.map((d) => d.bargain.id)).size).toBe(1);
    expect(all.filter((d) => d.created)).toHaveLength(1);
    expect(
      await h.store.query(
        `select count(*)::int as n from bargain where campaign_id = $1 and initiator_openid = 'bs-init'`,
        [c.id],
      ),
    ).toEqual([{ n: 1 }]);
    expect(
      await h.store.query(
        `select starts from start_count where campaign_id = $1 and openid = 'bs-init'`,
        [c.id],
      ),
    ).toEqual([{ starts: 1 }]);
  });

  test('assist.start by one person: one assist, one unit of budget reserved', async () => {
    const c = await h.save(anAssistCampaign({ helpsNeeded: 3 }, { goalBudget: 10 }));
    const event = { action: 'start', campaignId: c.id };
    const { atOnce, inARow } = await storm(() => h.call('assist', event, 'as-init'));

    expect(codes(atOnce)).toEqual({ ok: AT_ONCE });
    expect(codes(inARow)).toEqual({ ok: IN_A_ROW });
    const all = data([...atOnce, ...inARow]);
    expect(new Set(all.map((d) => d.assist.id)).size).toBe(1);
    expect(all.filter((d) => d.created)).toHaveLength(1);
    expect(
      await h.store.query('select reserved, issued from coupon_template where id = $1', [
        `${c.id}-goal`,
      ]),
    ).toEqual([{ reserved: 1, issued: 0 }]);
  });
});
