/**
 * A coupon's life after issue: it expires exactly at `expiresAt` (derived, never stored), and
 * a merchant redeems it at most once; replaying the same order answers the first result.
 */
import type { CouponValidity } from '../../../../cloudfunctions/contracts/campaign-config';
import { aCouponCampaign } from '../../../support/builders/campaign-config';
import { snapshotDb } from '../../../support/db-snapshot';
import { expectError, openHarness, type Harness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const DAY = 86_400_000;
const at = (iso: string, deltaMs = 0) => new Date(Date.parse(iso) + deltaMs);
const redeem = (couponId: string, orderId: string) => ({ action: 'redeem', couponId, orderId });

describe.each(storeKinds())('coupon expiry and redemption on %s', (kind) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(kind, START);
  });
  beforeEach(() => h.clock.set(START));
  afterAll(() => h.close());

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
    { label: 'a coupon at its expiresAt', code: 'COUPON_NOT_USABLE' },
    { label: 'a coupon long expired', code: 'COUPON_NOT_USABLE' },
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
});
