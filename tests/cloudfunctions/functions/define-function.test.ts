/**
 * Invariant 5: every bad event gets a typed error `{ ok: false, error: { code, message } }`,
 * changes nothing and never throws. Everything goes through the real handlers of the
 * registry, on a store that has rows for an attack to aim at.
 */
import {
  aBargainCampaign,
  aCouponCampaign,
  anAssistCampaign,
} from '../../support/builders/campaign-config';
import { snapshotDb } from '../../support/db-snapshot';
import { expectError, openHarness, type Harness } from '../../support/harness';
import { storeKinds } from '../../support/stores';
import {
  FUNCTIONS,
  HUGE,
  badEventsForActions,
  badEventsForEveryFunction,
  type BadEvent,
  type FixtureIds,
} from './bad-events';

/** Labels are built before the fixtures exist; each test rebuilds its row with the real ids. */
const PLACEHOLDER: FixtureIds = {
  bargainCampaign: '-',
  couponTemplate: '-',
  coupon: '-',
  bargain: '-',
};
const tableOf = (build: (ids: FixtureIds) => BadEvent[]) =>
  build(PLACEHOLDER).map(({ label, code }, index) => ({ label, code, index, build }));

describe.each(storeKinds())('every bad event on %s', (kind) => {
  let h: Harness;
  let ids: FixtureIds;
  beforeAll(async () => {
    h = await openHarness(kind);
    const bargainCampaign = await h.save(aBargainCampaign());
    const couponCampaign = await h.save(aCouponCampaign({ perUserLimit: 5 }));
    await h.save(anAssistCampaign());
    const start = { action: 'start', campaignId: bargainCampaign.id };
    const { bargain } = await h.ok('bargain', start, 'ann');
    await h.ok('bargain', { action: 'help', bargainId: bargain.id }, 'ben');
    const claim = { action: 'claim', templateId: couponCampaign.id };
    const { coupon } = await h.ok('coupon', claim, 'ann');
    ids = {
      bargainCampaign: bargainCampaign.id,
      couponTemplate: couponCampaign.id,
      coupon: coupon.id,
      bargain: bargain.id,
    };
  });
  afterAll(() => h.close());

  test.each([...tableOf(badEventsForEveryFunction), ...tableOf(badEventsForActions)])(
    '$label → $code, nothing changed',
    async ({ build, index }) => {
      const bad = build(ids)[index]!;
      const before = await snapshotDb(h.store);
      const openid = bad.openid === undefined ? 'eve' : bad.openid;
      const result = await h.call(bad.fn, bad.event, openid, bad.role);
      expectError(result, bad.code);
      expect(!result.ok && result.error.message.length).toBeGreaterThan(0);
      expect(await snapshotDb(h.store)).toEqual(before);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    },
  );

  test('a fuzzed mix of shapes never throws and always answers a typed error', async () => {
    const values = [null, undefined, '', 'x', -1, 0.5, 1e308, true, [], {}, [1], { a: 1 }, HUGE];
    const before = await snapshotDb(h.store);
    for (const fn of FUNCTIONS) {
      for (const value of values) {
        for (const event of [value, { action: value }, { action: 'get', campaignId: value }]) {
          const result = await h.call(fn, event, 'eve');
          expect(result).toEqual({
            ok: false,
            error: { code: expect.stringMatching(/^[A-Z_]+$/), message: expect.any(String) },
          });
          expect(!result.ok && result.error.code).not.toBe('INTERNAL');
        }
      }
    }
    expect(await snapshotDb(h.store)).toEqual(before);
  });

  // zod's "Unrecognized key" message quotes the key whole: a 100k-character key must not come
  // back as a 100k-character message.
  test.each([
    { label: 'a huge action', fn: 'coupon' as const, event: { action: HUGE } },
    { label: 'a huge id', fn: 'campaign' as const, event: { action: 'get', campaignId: HUGE } },
    {
      label: 'a huge unknown key',
      fn: 'coupon' as const,
      event: { action: 'list', [HUGE]: 1 },
    },
  ])('the error message for $label stays short', async ({ fn, event }) => {
    const result = await h.call(fn, event, 'eve');
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.message.length).toBeLessThan(600);
  });

  test.each(FUNCTIONS)('%s names its known actions when the action is unknown', async (fn) => {
    const result = await h.call(fn, { action: 'nope' }, 'eve');
    expectError(result, 'UNKNOWN_ACTION');
    expect(!result.ok && result.error.message).toMatch(/known: \w+/);
  });
});
