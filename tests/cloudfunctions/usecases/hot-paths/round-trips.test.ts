/**
 * The hot actions — a help, a claim, a join — make few round trips and hold a hot row's lock
 * (a bargain, an assist, a template's budget, a group) for one statement only, so a rush on
 * one campaign queues on that row for microseconds, not milliseconds, and never stalls
 * everyone else. Counted by wrapping the store (support/sql-spy.ts): a use case that adds a
 * statement under the lock, or a round trip, fails here.
 */
import type { FunctionResult } from '../../../../cloudfunctions/contracts/result';
import type { Caller, Deps } from '../../../../cloudfunctions/usecases/deps';
import { functionHandlers, type FunctionName } from '../../../../cloudfunctions/functions/registry';
import { saveCampaign } from '../../../../cloudfunctions/usecases/campaign/save-campaign';
import {
  aBargainCampaign,
  aCouponCampaign,
  aGroupCampaign,
  anAssistCampaign,
} from '../../../support/builders/campaign-config';
import { TestClock } from '../../../support/harness';
import { spyOnRoundTrips, type RoundTripSpy } from '../../../support/sql-spy';
import { openTestStore, storeKinds, type TestStore } from '../../../support/stores';

const MAX_ROUND_TRIPS = 4;

describe.each(storeKinds())('hot actions on %s', (kind) => {
  let t: TestStore;
  let spy: RoundTripSpy;
  let deps: Deps;
  const clock = new TestClock(new Date('2026-03-01T10:00:00.000+08:00'));
  beforeAll(async () => {
    t = await openTestStore(kind);
    spy = spyOnRoundTrips(t.store);
    deps = { store: spy.store, clock: clock.now };
  });
  afterAll(() => t.close());

  const call = async <T = any>(name: FunctionName, event: unknown, openid: string) => {
    const caller: Caller = { openid, role: 'shopper' };
    const result = (await functionHandlers[name](event, caller, deps)) as FunctionResult<T>;
    if (!result.ok) throw new Error(`${name}: ${result.error.code} ${result.error.message}`);
    return result.data;
  };

  /** Runs `action` once after any warm-up; what it sent. */
  const measure = async (action: () => Promise<unknown>) => {
    spy.reset();
    await action();
    return {
      roundTrips: spy.roundTrips(),
      underLock: spy.mostStatementsUnderHotLock(),
      units: spy.units(),
    };
  };

  const expectHot = (m: Awaited<ReturnType<typeof measure>>) => {
    expect({ roundTrips: m.roundTrips <= MAX_ROUND_TRIPS, underLock: m.underLock }).toEqual({
      roundTrips: true,
      underLock: 1,
    });
  };

  describe('bargain.help', () => {
    let bargainId: string;
    let token: string;
    beforeAll(async () => {
      const c = aBargainCampaign({ helpsNeeded: 3, helperDailyLimit: 5 });
      await saveCampaign(t.store, c, 'live', clock.now());
      bargainId = (await call('bargain', { action: 'start', campaignId: c.id }, 'init')).bargain.id;
      token = (
        await call('invite', { action: 'share', campaignId: c.id, subjectId: bargainId }, 'init')
      ).token;
    });

    test('an unattributed helper', async () => {
      expectHot(await measure(() => call('bargain', { action: 'help', bargainId }, 'h1')));
    });

    test('a friend who came through the share card (their sharer is credited)', async () => {
      await call('invite', { action: 'visit', token }, 'h2');
      expectHot(await measure(() => call('bargain', { action: 'help', bargainId }, 'h2')));
    });

    test('the completing help (the initiator is rewarded)', async () => {
      const m = await measure(() => call('bargain', { action: 'help', bargainId }, 'h3'));
      expectHot(m);
      expect((await call('bargain', { action: 'get', bargainId }, 'init')).bargain.status).toBe(
        'completed',
      );
    });
  });

  describe('assist.help', () => {
    let assistId: string;
    beforeAll(async () => {
      const c = anAssistCampaign({ helpsNeeded: 2 });
      await saveCampaign(t.store, c, 'live', clock.now());
      assistId = (await call('assist', { action: 'start', campaignId: c.id }, 'ainit')).assist.id;
    });

    test('a helper (with their thank-you coupon)', async () => {
      expectHot(await measure(() => call('assist', { action: 'help', assistId }, 'ah1')));
    });

    test('the completing help (the initiator is rewarded)', async () => {
      expectHot(await measure(() => call('assist', { action: 'help', assistId }, 'ah2')));
    });
  });

  test('coupon.claim', async () => {
    const c = aCouponCampaign();
    await saveCampaign(t.store, c, 'live', clock.now());
    const templateId = c.kind === 'coupon' ? c.claimTemplateId : '';
    await call('coupon', { action: 'claim', templateId }, 'warm');
    expectHot(await measure(() => call('coupon', { action: 'claim', templateId }, 'claimer')));
  });

  test('group.join', async () => {
    const c = aGroupCampaign();
    await saveCampaign(t.store, c, 'live', clock.now());
    const groupId = (await call('group', { action: 'open', campaignId: c.id }, 'lead')).group.id;
    // A friend lands on the group's page (recording the visit) before joining from it.
    await call('invite', { action: 'visit', campaignId: c.id }, 'joiner');
    const m = await measure(() => call('group', { action: 'join', groupId }, 'joiner'));
    expectHot(m);
    expect(m.roundTrips).toBe(4);
  });
});
