/**
 * `order.report`: the merchant's checkout reports an order once per order id. The coupon used
 * is redeemed in the same transaction, so a refused coupon leaves no order behind.
 */
import { aBargainCampaign, aCouponCampaign } from '../../../support/builders/campaign-config';
import { snapshotDb } from '../../../support/db-snapshot';
import { expectError, expectRefusedAndUnchanged, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const at = (iso: string, deltaMs = 0) => new Date(Date.parse(iso) + deltaMs);

describe.each(storeKinds())('order.report on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  const report = (event: object, who = 'merchant', role: 'merchant' | 'shopper' = 'merchant') =>
    h.call<{ order: Record<string, unknown>; replayed: boolean }>(
      'order',
      { action: 'report', amountFen: 990, ...event },
      who,
      role,
    );
  const orders = (orderId: string) =>
    h.store.query('select buyer_openid, amount_fen from shop_order where order_id = $1', [orderId]);
  const claim = async (templateId: string, who: string): Promise<string> =>
    (await h.ok('coupon', { action: 'claim', templateId }, who)).coupon.id;
  const couponOf = async (who: string, couponId: string) =>
    (await h.ok('coupon', { action: 'list' }, who)).coupons.find(
      (x: { id: string }) => x.id === couponId,
    );

  test('a shopper cannot report an order, not even their own', async () => {
    const c = await h.save(aBargainCampaign());
    await expectRefusedAndUnchanged(
      h.store,
      () => report({ orderId: 'o-self', buyerOpenid: 'bob', campaignId: c.id }, 'bob', 'shopper'),
      'FORBIDDEN',
    );
  });

  test('a replay answers the first report: one order row, one credit', async () => {
    const c = await h.save(aBargainCampaign());
    const { token } = await h.ok('invite', { action: 'share', campaignId: c.id }, 'alice');
    await h.ok('invite', { action: 'visit', campaignId: c.id, token }, 'bob');
    const event = { orderId: 'o-replay', buyerOpenid: 'bob', campaignId: c.id, productId: 'p1' };

    const first = await report(event);
    expect(first).toEqual({
      ok: true,
      data: {
        replayed: false,
        order: {
          orderId: 'o-replay',
          amountFen: 990,
          discountFen: 0,
          paidFen: 990,
          campaignId: c.id,
          productId: 'p1',
          productIds: ['p1'],
          couponId: null,
          groupId: null,
          groupOutcome: null,
          reportedAt: at(START).toISOString(),
        },
      },
    });
    h.clock.advance(HOUR);
    for (const again of [event, { ...event, amountFen: 1 }]) {
      const replay = await report(again);
      expect(replay).toEqual({ ok: true, data: { ...(first.ok && first.data), replayed: true } });
    }
    expect(await orders('o-replay')).toEqual([{ buyer_openid: 'bob', amount_fen: 990 }]);
    const credits = await h.store.query(
      `select sharer_openid, ref_id from conversion where campaign_id = $1 and stage = 'ordered'`,
      [c.id],
    );
    expect(credits).toEqual([{ sharer_openid: 'alice', ref_id: 'o-replay' }]);
  });

  test('the same order id for another buyer is refused and changes nothing', async () => {
    const c = await h.save(aBargainCampaign());
    await report({ orderId: 'o-taken', buyerOpenid: 'bob', campaignId: c.id });
    await expectRefusedAndUnchanged(
      h.store,
      () => report({ orderId: 'o-taken', buyerOpenid: 'carol', campaignId: c.id }),
      'INVALID_INPUT',
    );
  });

  test('the buyer’s coupon is redeemed with the order, in the same transaction', async () => {
    const c = await h.save(aCouponCampaign());
    const couponId = await claim(c.id, 'bob');
    h.clock.set(at(START, HOUR));
    const result = await report({ orderId: 'o-coupon', buyerOpenid: 'bob', couponId });
    expect(result).toMatchObject({
      ok: true,
      data: { replayed: false, order: { couponId, amountFen: 990, discountFen: 990, paidFen: 0 } },
    });
    expect(await couponOf('bob', couponId)).toMatchObject({
      status: 'redeemed',
      redeemedAt: at(START, HOUR).toISOString(),
    });
    const [row] = await h.store.query('select redeemed_order_id from coupon where id = $1', [
      couponId,
    ]);
    expect(row).toEqual({ redeemed_order_id: 'o-coupon' });
    h.clock.advance(HOUR);
    expect(await report({ orderId: 'o-coupon', buyerOpenid: 'bob', couponId })).toMatchObject({
      ok: true,
      data: { replayed: true },
    });
    expect((await couponOf('bob', couponId)).redeemedAt).toBe(at(START, HOUR).toISOString());
  });

  describe('the coupon’s terms decide, as at coupon.redeem', () => {
    test.each([
      {
        label: 'a ¥98 cup coupon on a ¥1 tea order',
        template: { productId: 'cup', valueFen: 9800 },
        order: { amountFen: 100, productId: 'tea' },
        code: 'COUPON_NOT_APPLICABLE',
      },
      {
        label: 'a 满 ¥50 coupon on a 1-fen order',
        template: { minSpendFen: 5000 },
        order: { amountFen: 1 },
        code: 'MIN_SPEND_NOT_MET',
      },
    ])('$label → $code, and no order is left behind', async ({ template, order, code }) => {
      const c = await h.save(aCouponCampaign(template));
      const couponId = await claim(c.id, 'bob');
      const before = await snapshotDb(h.store);
      const orderId = `o-terms-${couponId}`;
      expectError(await report({ orderId, buyerOpenid: 'bob', couponId, ...order }), code);
      expect(await snapshotDb(h.store)).toEqual(before);
    });

    test('a 满 50 减 10 coupon on a ¥128 order: the order records ¥10 off and ¥118 paid', async () => {
      const c = await h.save(aCouponCampaign({ minSpendFen: 5000, valueFen: 1000 }));
      const couponId = await claim(c.id, 'bob');
      const result = await report({
        orderId: 'o-paid',
        buyerOpenid: 'bob',
        couponId,
        amountFen: 12800,
        productIds: ['cup', 'lid'],
      });
      expect(result).toMatchObject({
        ok: true,
        data: {
          order: {
            amountFen: 12800,
            discountFen: 1000,
            paidFen: 11800,
            productIds: ['cup', 'lid'],
          },
        },
      });
      const again = await report({
        orderId: 'o-paid',
        buyerOpenid: 'bob',
        couponId,
        amountFen: 12800,
      });
      expect(again).toMatchObject({
        ok: true,
        data: { replayed: true, order: { paidFen: 11800 } },
      });
    });
  });

  describe('a refused coupon leaves no order behind', () => {
    test.each([
      {
        label: 'someone else’s coupon',
        code: 'COUPON_NOT_APPLICABLE',
        coupon: async (templateId: string) => claim(templateId, 'carol'),
      },
      {
        label: 'BUG: an unknown coupon',
        code: 'NOT_FOUND',
        coupon: async () => 'cpn_0000000000000000',
      },
      {
        label: 'a coupon already used for another order',
        code: 'ALREADY_REDEEMED',
        coupon: async (templateId: string) => {
          const id = await claim(templateId, 'bob');
          await report({ orderId: `o-first-${id}`, buyerOpenid: 'bob', couponId: id });
          return id;
        },
      },
      {
        label: 'an expired coupon',
        code: 'COUPON_EXPIRED',
        coupon: async (templateId: string) => {
          const id = await claim(templateId, 'bob');
          h.clock.advance(DAY);
          return id;
        },
      },
    ])('$label → $code', async ({ code, coupon }) => {
      const c = await h.save(
        aCouponCampaign({ validity: { kind: 'days', days: 1 }, perUserLimit: 2 }),
      );
      const couponId = await coupon(c.id);
      const before = await snapshotDb(h.store);
      const orderId = `o-refused-${couponId}`;
      expectError(await report({ orderId, buyerOpenid: 'bob', couponId }), code);
      expect(await snapshotDb(h.store)).toEqual(before);
      expect(await orders(orderId)).toEqual([]);
    });
  });

  test('an unknown campaign → NOT_FOUND, nothing changes', async () => {
    const before = await snapshotDb(h.store);
    expectError(
      await report({ orderId: 'o-nowhere', buyerOpenid: 'bob', campaignId: 'no-such-campaign' }),
      'NOT_FOUND',
    );
    expect(await snapshotDb(h.store)).toEqual(before);
  });

  test.each([
    { label: 'a negative amount', event: { amountFen: -1 } },
    { label: 'a fractional amount', event: { amountFen: 9.5 } },
    { label: 'an amount as a string', event: { amountFen: '990' } },
    { label: 'an amount above the cap', event: { amountFen: 100_000_001 } },
    { label: 'an order id with a space', event: { orderId: 'o 1' } },
    { label: 'an order id of 65 characters', event: { orderId: 'o'.repeat(65) } },
    { label: 'a buyer openid with a slash', event: { buyerOpenid: 'bob/1' } },
    { label: 'no buyer', event: { buyerOpenid: undefined } },
    { label: 'a coupon id without its prefix', event: { couponId: '0000000000000000' } },
    { label: 'an upper-case campaign id', event: { campaignId: 'BAD' } },
    { label: 'an unknown key', event: { paidBy: 'wechat' } },
  ])('$label → INVALID_INPUT, nothing changes', async ({ event }) => {
    await expectRefusedAndUnchanged(
      h.store,
      () => report({ orderId: 'o-bad', buyerOpenid: 'bob', ...event }),
      'INVALID_INPUT',
    );
  });
});
