/**
 * Invariant 3 through the coupon function: a coupon is issued once per idempotency key, a
 * template's budget and per-person limit hold. Every refusal changes nothing.
 * Expiry and redemption: coupon-redeem.test.ts.
 */
import {
  aBargainCampaign,
  aCouponCampaign,
  anAssistCampaign,
} from '../../../support/builders/campaign-config';
import { snapshotDb } from '../../../support/db-snapshot';
import { expectError, useHarness, type Harness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const at = (iso: string, deltaMs = 0) => new Date(Date.parse(iso) + deltaMs);
const claim = (templateId: string, requestId?: string) => ({
  action: 'claim',
  templateId,
  ...(requestId ? { requestId } : {}),
});

/** Prepares the state a refusal needs and returns the template the refused claim aims at. */
type Setup = (h: Harness) => Promise<string>;

const REFUSALS: { label: string; code: string; setup: Setup }[] = [
  { label: 'an unknown template', code: 'NOT_FOUND', setup: async () => 'no-such-template' },
  {
    label: 'an assist’s goal template',
    code: 'NOT_CLAIMABLE',
    setup: async (h) => `${(await h.save(anAssistCampaign())).id}-goal`,
  },
  {
    label: 'a bargain’s reward template',
    code: 'NOT_CLAIMABLE',
    setup: async (h) => `${(await h.save(aBargainCampaign())).id}:reward`,
  },
  {
    label: 'a campaign saved as draft (as an unknown template)',
    code: 'NOT_FOUND',
    setup: async (h) => (await h.save(aCouponCampaign(), 'draft')).id,
  },
  {
    label: 'a campaign saved as ended',
    code: 'NOT_LIVE',
    setup: async (h) => (await h.save(aCouponCampaign(), 'ended')).id,
  },
  {
    label: 'a third claim with perUserLimit 2',
    code: 'CLAIM_LIMIT',
    setup: async (h) => {
      const c = await h.save(aCouponCampaign({ perUserLimit: 2, budget: 10 }));
      await h.ok('coupon', claim(c.id), 'bea');
      await h.ok('coupon', claim(c.id), 'bea');
      return c.id;
    },
  },
  {
    label: 'a third person on a budget of 2',
    code: 'BUDGET_EXHAUSTED',
    setup: async (h) => {
      const c = await h.save(aCouponCampaign({ perUserLimit: 1, budget: 2 }));
      await h.ok('coupon', claim(c.id), 'p1');
      await h.ok('coupon', claim(c.id), 'p2');
      return c.id;
    },
  },
  {
    label: 'a budget of 0',
    code: 'BUDGET_EXHAUSTED',
    setup: async (h) => (await h.save(aCouponCampaign({ budget: 0 }))).id,
  },
];

describe.each(storeKinds())('coupon claims on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  test('a claim issues a coupon with the template’s terms, counted against its budget', async () => {
    const c = await h.save(aCouponCampaign({ valueFen: 1500, minSpendFen: 5000, budget: 7 }));
    const { coupon, replayed } = await h.ok('coupon', claim(c.id), 'amy');
    expect(replayed).toBe(false);
    expect(coupon).toMatchObject({
      templateId: c.id,
      valueFen: 1500,
      percentOff: null,
      minSpendFen: 5000,
      reason: 'claim',
      status: 'issued',
      issuedAt: at(START).toISOString(),
      redeemedAt: null,
    });
    const [t] = await h.store.query('select issued, reserved from coupon_template where id = $1', [
      c.id,
    ]);
    expect(t).toEqual({ issued: 1, reserved: 0 });
  });

  test.each(REFUSALS)(
    '$label is refused with $code and changes nothing',
    async ({ code, setup }) => {
      const templateId = await setup(h);
      const before = await snapshotDb(h.store);
      expectError(await h.call('coupon', claim(templateId), 'bea'), code);
      expectError(await h.call('coupon', claim(templateId, 'retry-0001'), 'bea'), code);
      expect(await snapshotDb(h.store)).toEqual(before);
    },
  );

  describe('the campaign window: startsAt is the first live instant, endsAt the first ended', () => {
    const startsAt = '2026-03-05T00:00:00.000+08:00';
    const endsAt = '2026-03-06T00:00:00.000+08:00';
    test.each([
      { label: '1 ms before startsAt', now: at(startsAt, -1), ok: false },
      { label: 'at startsAt', now: at(startsAt), ok: true },
      { label: '1 ms before endsAt', now: at(endsAt, -1), ok: true },
      { label: 'at endsAt', now: at(endsAt), ok: false },
      { label: 'a day after endsAt', now: at(endsAt, 86_400_000), ok: false },
    ])('a claim $label: ok=$ok', async ({ now, ok }) => {
      const c = await h.save(aCouponCampaign({}, { startsAt, endsAt }));
      h.clock.set(now);
      const before = await snapshotDb(h.store);
      const result = await h.call('coupon', claim(c.id), 'cat');
      if (ok) {
        expect(result).toMatchObject({
          ok: true,
          data: { coupon: { issuedAt: now.toISOString() } },
        });
      } else {
        expectError(result, 'NOT_LIVE');
        expect(await snapshotDb(h.store)).toEqual(before);
      }
    });
  });

  test('a replay with the same requestId returns the first coupon, replayed, and issues nothing', async () => {
    const c = await h.save(aCouponCampaign({ perUserLimit: 3, budget: 10 }));
    const first = await h.ok('coupon', claim(c.id, 'tap-00000001'), 'dan');
    expect(first.replayed).toBe(false);
    h.clock.advance(60_000);
    const before = await snapshotDb(h.store);
    const again = await h.ok('coupon', claim(c.id, 'tap-00000001'), 'dan');
    expect(again).toEqual({ coupon: first.coupon, replayed: true });
    expect(await snapshotDb(h.store)).toEqual(before);
    // Another requestId is another claim; the same requestId from someone else is theirs.
    const second = await h.ok('coupon', claim(c.id, 'tap-00000002'), 'dan');
    const other = await h.ok('coupon', claim(c.id, 'tap-00000001'), 'eli');
    expect(second.coupon.id).not.toBe(first.coupon.id);
    expect(other.replayed).toBe(false);
    expect(other.coupon.id).not.toBe(first.coupon.id);
    const [t] = await h.store.query('select issued from coupon_template where id = $1', [c.id]);
    expect(t).toEqual({ issued: 3 });
  });

  test('a replay still answers once the budget and the per-person limit are used up', async () => {
    const c = await h.save(aCouponCampaign({ perUserLimit: 1, budget: 1 }));
    const first = await h.ok('coupon', claim(c.id, 'only-tap-01'), 'fay');
    expectError(await h.call('coupon', claim(c.id, 'other-tap-01'), 'fay'), 'BUDGET_EXHAUSTED');
    expect(await h.ok('coupon', claim(c.id, 'only-tap-01'), 'fay')).toEqual({
      coupon: first.coupon,
      replayed: true,
    });
  });

  test('without a requestId every claim is a new one, up to the per-person limit', async () => {
    const c = await h.save(aCouponCampaign({ perUserLimit: 2, budget: 10 }));
    const a = await h.ok('coupon', claim(c.id), 'gus');
    const b = await h.ok('coupon', claim(c.id), 'gus');
    expect([a.replayed, b.replayed]).toEqual([false, false]);
    expect(a.coupon.id).not.toBe(b.coupon.id);
    expectError(await h.call('coupon', claim(c.id), 'gus'), 'CLAIM_LIMIT');
  });

  test('the list shows only the caller’s coupons, newest first', async () => {
    const ids: string[] = [];
    for (const minutes of [0, 5, 10]) {
      h.clock.set(at(START, minutes * 60_000));
      const c = await h.save(aCouponCampaign());
      ids.push((await h.ok('coupon', claim(c.id), 'hal')).coupon.id);
      await h.ok('coupon', claim(c.id), `not-hal-${minutes}`);
    }
    const { coupons } = await h.ok('coupon', { action: 'list' }, 'hal');
    expect(coupons.map((x: { id: string }) => x.id)).toEqual([...ids].reverse());
    const owners = await h.store.query<{ owner_openid: string }>(
      'select owner_openid from coupon where id = any($1)',
      [coupons.map((x: { id: string }) => x.id)],
    );
    expect(owners.every((o) => o.owner_openid === 'hal')).toBe(true);
    expect((await h.ok('coupon', { action: 'list' }, 'nobody-yet')).coupons).toEqual([]);
  });
});
