/**
 * A coupon's life after issue: it expires exactly at `expiresAt` (derived, never stored), and
 * a merchant redeems it at most once; replaying the same order answers the first result.
 */
import type { CouponValidity } from '../../../../cloudfunctions/contracts/campaign-config';
import { aCouponCampaign } from '../../../support/builders/campaign-config';
import { snapshotDb } from '../../../support/db-snapshot';
import { expectError, expectRefusedAndUnchanged, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const DAY = 86_400_000;
const at = (iso: string, deltaMs = 0) => new Date(Date.parse(iso) + deltaMs);
const redeem = (couponId: string, orderId: string, basket: object = {}) => ({
  action: 'redeem',
  couponId,
  orderId,
  buyerOpenid: 'ivy',
  amountFen: 5000,
  productIds: ['p1'],
  ...basket,
});

describe.each(storeKinds())('coupon expiry and redemption on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  const merchant = (event: object) => h.call('coupon', event, 'merchant', 'merchant');
  async function claimOne(validity?: CouponValidity, who = 'ivy') {
    const c = await h.save(aCouponCampaign(validity ? { validity } : {}));
    return (await h.ok('coupon', { action: 'claim', templateId: c.id }, who)).coupon;
  }
  async function statusInList(couponId: string, who = 'ivy') {
    const { coupons } = await h.ok('coupon', { action: 'list' }, who);
    return coupons.find((x: { id: string }) => x.id === couponId)?.status;
  }

  test.each([{ days: 1 }, { days: 30 }])(
    'a coupon valid for $days days is issued until expiresAt and expired from it on',
    async ({ days }) => {
      const coupon = await claimOne({ kind: 'days', days });
      expect(coupon.expiresAt).toBe(at(START, days * DAY).toISOString());
      h.clock.set(at(coupon.expiresAt, -1));
      expect(await statusInList(coupon.id)).toBe('issued');
      h.clock.set(coupon.expiresAt);
      expect(await statusInList(coupon.id)).toBe('expired');
    },
  );

  test('a fixed window ends at its until instant, whenever the coupon was claimed', async () => {
    const until = '2026-03-10T00:00:00.000+08:00';
    const coupon = await claimOne({ kind: 'fixed', from: START, until });
    expect(coupon.expiresAt).toBe(at(until).toISOString());
    h.clock.set(at(until, -1));
    expect(await statusInList(coupon.id)).toBe('issued');
    h.clock.set(until);
    expect(await statusInList(coupon.id)).toBe('expired');
  });

  test('a merchant redeems an issued coupon; the owner then sees it redeemed', async () => {
    const coupon = await claimOne();
    h.clock.advance(3_600_000);
    const result = await merchant(redeem(coupon.id, 'order-1'));
    expect(result).toEqual({
      ok: true,
      data: {
        replayed: false,
        discountFen: 1000,
        payableFen: 4000,
        coupon: { ...coupon, status: 'redeemed', redeemedAt: at(START, 3_600_000).toISOString() },
      },
    });
    expect(await statusInList(coupon.id)).toBe('redeemed');
    // Redeemed stays redeemed, also after its expiry.
    h.clock.set(at(coupon.expiresAt, DAY));
    expect(await statusInList(coupon.id)).toBe('redeemed');
  });

  test('replaying the same order answers the first result, replayed, and changes nothing', async () => {
    const coupon = await claimOne();
    const first = await merchant(redeem(coupon.id, 'order-2'));
    h.clock.advance(60_000);
    const before = await snapshotDb(h.store);
    const again = await merchant(redeem(coupon.id, 'order-2'));
    expect(first.ok && again.ok).toBe(true);
    if (!first.ok || !again.ok) return;
    expect(again.data).toEqual({ ...(first.data as object), replayed: true });
    expect(await snapshotDb(h.store)).toEqual(before);
  });

  test('redeem is merchant-only: a shopper, even the owner, is FORBIDDEN and nothing changes', async () => {
    const coupon = await claimOne();
    const before = await snapshotDb(h.store);
    expectError(await h.call('coupon', redeem(coupon.id, 'order-3'), 'ivy'), 'FORBIDDEN');
    expectError(await h.call('coupon', redeem(coupon.id, 'order-3'), 'stranger'), 'FORBIDDEN');
    expect(await snapshotDb(h.store)).toEqual(before);
    expect(await statusInList(coupon.id)).toBe('issued');
  });

  test.each([
    { label: 'another order for a redeemed coupon', code: 'ALREADY_REDEEMED' },
    { label: 'a coupon at its expiresAt', code: 'COUPON_EXPIRED' },
    { label: 'a coupon long expired', code: 'COUPON_EXPIRED' },
    { label: 'an unknown coupon', code: 'NOT_FOUND' },
  ])('$label is refused with $code and changes nothing', async ({ label, code }) => {
    const coupon = await claimOne();
    let couponId = coupon.id;
    if (label === 'another order for a redeemed coupon')
      expect((await merchant(redeem(coupon.id, 'order-4'))).ok).toBe(true);
    if (label === 'a coupon at its expiresAt') h.clock.set(coupon.expiresAt);
    if (label === 'a coupon long expired') h.clock.set(at(coupon.expiresAt, 365 * DAY));
    if (label === 'an unknown coupon') couponId = 'cpn_0000000000000000';
    const before = await snapshotDb(h.store);
    expectError(await merchant(redeem(couponId, 'order-5')), code);
    expect(await snapshotDb(h.store)).toEqual(before);
  });

  test('1 ms before expiresAt the coupon can still be redeemed', async () => {
    const coupon = await claimOne({ kind: 'days', days: 1 });
    h.clock.set(at(coupon.expiresAt, -1));
    expect(await merchant(redeem(coupon.id, 'order-6'))).toMatchObject({
      ok: true,
      data: { replayed: false, coupon: { status: 'redeemed' } },
    });
  });

  describe('the terms printed on the coupon are the terms enforced', () => {
    const cup = { productId: 'cup', valueFen: 9800 };
    test.each([
      {
        label: 'a ¥98 cup coupon on a ¥1 tea order',
        template: cup,
        basket: { amountFen: 100, productIds: ['tea'] },
        code: 'COUPON_NOT_APPLICABLE',
      },
      {
        label: 'a 满 ¥50 coupon on a 1-fen order',
        template: { minSpendFen: 5000 },
        basket: { amountFen: 1 },
        code: 'MIN_SPEND_NOT_MET',
      },
      {
        label: 'someone else’s coupon',
        template: {},
        basket: { buyerOpenid: 'mallory' },
        code: 'COUPON_NOT_APPLICABLE',
      },
    ])('$label is refused with $code and changes nothing', async ({ template, basket, code }) => {
      const c = await h.save(aCouponCampaign(template));
      const { coupon } = await h.ok('coupon', { action: 'claim', templateId: c.id }, 'ivy');
      const before = await snapshotDb(h.store);
      expectError(await merchant(redeem(coupon.id, `o-terms-${coupon.id}`, basket)), code);
      expect(await snapshotDb(h.store)).toEqual(before);
    });

    test('a fixed window is not usable before its from, and is from it on', async () => {
      const from = at(START, DAY).toISOString();
      const until = at(START, 10 * DAY).toISOString();
      const coupon = await claimOne({ kind: 'fixed', from, until });
      expect(coupon.startsAt).toBe(from);
      await expectRefusedAndUnchanged(
        h.store,
        () => merchant(redeem(coupon.id, 'o-early')),
        'COUPON_NOT_STARTED',
      );
      h.clock.set(from);
      expect(await merchant(redeem(coupon.id, 'o-early'))).toMatchObject({ ok: true });
    });

    test('the cup coupon on an order holding the cup takes ¥98 off: the ¥1 the page promised', async () => {
      const c = await h.save(aCouponCampaign(cup));
      const { coupon } = await h.ok('coupon', { action: 'claim', templateId: c.id }, 'ivy');
      const result = await merchant(
        redeem(coupon.id, 'o-cup', { amountFen: 9900, productIds: ['tea', 'cup'] }),
      );
      expect(result).toMatchObject({ ok: true, data: { discountFen: 9800, payableFen: 100 } });
    });

    test('percent off rounds in the shopper’s favour and a replay answers the same discount', async () => {
      const c = await h.save(aCouponCampaign({ valueFen: undefined, percentOff: 15 }));
      const { coupon } = await h.ok('coupon', { action: 'claim', templateId: c.id }, 'ivy');
      const first = await merchant(redeem(coupon.id, 'o-pct', { amountFen: 999 }));
      expect(first).toMatchObject({ ok: true, data: { discountFen: 150, payableFen: 849 } });
      const again = await merchant(redeem(coupon.id, 'o-pct', { amountFen: 999 }));
      expect(again).toMatchObject({
        ok: true,
        data: { discountFen: 150, payableFen: 849, replayed: true },
      });
    });
  });

  describe('quote: which of my coupons apply to this basket, and what each takes off', () => {
    test('usable ones first, biggest saving first; the others say why', async () => {
      const who = `quoter-${Math.random().toString(36).slice(2, 8)}`;
      const claimFor = async (template: object) => {
        const c = await h.save(aCouponCampaign(template));
        return (await h.ok('coupon', { action: 'claim', templateId: c.id }, who)).coupon.id;
      };
      const small = await claimFor({ valueFen: 500 });
      const big = await claimFor({ valueFen: 2000 });
      const far = await claimFor({ valueFen: 1000, minSpendFen: 6200 });
      const cup = await claimFor({ valueFen: 9800, productId: 'cup' });
      const used = await claimFor({ valueFen: 700 });
      expect(
        (await merchant(redeem(used, `o-used-${who}`, { buyerOpenid: who, amountFen: 700 }))).ok,
      ).toBe(true);

      const before = await snapshotDb(h.store);
      const { quotes } = await h.ok(
        'coupon',
        { action: 'quote', amountFen: 5000, productIds: ['tea'] },
        who,
      );
      expect(await snapshotDb(h.store)).toEqual(before);
      const seen = quotes.map((q: any) => ({
        id: q.coupon.id,
        usable: q.usable,
        off: q.discountFen,
        why: q.refusal,
      }));
      expect(seen.slice(0, 2)).toEqual([
        { id: big, usable: true, off: 2000, why: undefined },
        { id: small, usable: true, off: 500, why: undefined },
      ]);
      expect(seen.slice(2)).toHaveLength(2);
      expect(seen.slice(2)).toEqual(
        expect.arrayContaining([
          {
            id: far,
            usable: false,
            off: undefined,
            why: { code: 'MIN_SPEND_NOT_MET', shortfallFen: 1200 },
          },
          {
            id: cup,
            usable: false,
            off: undefined,
            why: { code: 'COUPON_NOT_APPLICABLE', reason: 'product' },
          },
        ]),
      );
    });

    test.each([
      { label: 'a negative amount', event: { amountFen: -1, productIds: [] } },
      { label: 'no product list', event: { amountFen: 100 } },
      { label: 'fractional fen', event: { amountFen: 1.5, productIds: [] } },
    ])('$label is INVALID_INPUT', async ({ event }) => {
      expectError(await h.call('coupon', { action: 'quote', ...event }, 'ivy'), 'INVALID_INPUT');
    });
  });
});
