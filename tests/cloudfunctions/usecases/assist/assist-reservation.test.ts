/**
 * Starting an assist promises its reward, so the start reserves one unit of the goal
 * template's budget (coupon_template.reserved); completing turns the reservation into an
 * issued coupon; an assist that lapses unfinished gives it back. A promise is never made
 * that the budget cannot keep, and budget is never held by a promise that lapsed.
 */
import { expireAssists } from '../../../../cloudfunctions/usecases/assist/assist-row';
import { anAssistCampaign } from '../../../support/builders/campaign-config';
import { snapshotDb } from '../../../support/db-snapshot';
import { expectError, expectRefusedAndUnchanged, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const at = (iso: string, deltaMs = 0) => new Date(Date.parse(iso) + deltaMs);

describe.each(storeKinds())('the goal budget reserved by a start, on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  const start = (campaignId: string, who: string) =>
    h.call<{ assist: { id: string; endsAt: string }; created: boolean }>(
      'assist',
      { action: 'start', campaignId },
      who,
    );
  const goal = async (campaignId: string) =>
    (
      await h.store.query<{ issued: number; reserved: number }>(
        'select issued, reserved from coupon_template where id = $1',
        [`${campaignId}-goal`],
      )
    )[0];
  const statusOf = async (assistId: string) =>
    (
      await h.store.query<{ status: string }>('select status from assist where id = $1', [assistId])
    )[0]?.status;
  const started = async (campaignId: string, who: string) => {
    const result = await start(campaignId, who);
    if (!result.ok) throw new Error(`start refused: ${result.error.code}`);
    return result.data;
  };

  test('each start reserves one unit; completing turns it into the issued reward', async () => {
    const c = await h.save(anAssistCampaign({ helpsNeeded: 1 }, { goalBudget: 5 }));
    expect(await goal(c.id)).toEqual({ issued: 0, reserved: 0 });
    const a = (await started(c.id, 'amy')).assist;
    await started(c.id, 'bea');
    expect(await goal(c.id)).toEqual({ issued: 0, reserved: 2 });
    await h.ok('assist', { action: 'help', assistId: a.id }, 'cid');
    expect(await goal(c.id)).toEqual({ issued: 1, reserved: 1 });
  });

  test('a goal budget of 1: the second person’s start is refused, and nothing changes', async () => {
    const c = await h.save(anAssistCampaign({}, { goalBudget: 1 }));
    await started(c.id, 'amy');
    await expectRefusedAndUnchanged(h.store, () => start(c.id, 'bea'), 'BUDGET_EXHAUSTED');
    expect(await goal(c.id)).toEqual({ issued: 0, reserved: 1 });
  });

  test('a lapsed assist is released by its initiator’s next start, which reserves afresh', async () => {
    const c = await h.save(
      anAssistCampaign({ maxStartsPerUser: 2, durationHours: 2 }, { goalBudget: 1 }),
    );
    const first = (await started(c.id, 'amy')).assist;
    h.clock.set(first.endsAt);
    // With a budget of 1 this start can only succeed if the lapsed reservation came back first.
    const second = await started(c.id, 'amy');
    expect(second.created).toBe(true);
    expect(second.assist.id).not.toBe(first.id);
    expect(await statusOf(first.id)).toBe('expired');
    expect(await goal(c.id)).toEqual({ issued: 0, reserved: 1 });
  });

  test('expireAssists at endsAt releases the reservation, and then another person can start', async () => {
    const c = await h.save(anAssistCampaign({ durationHours: 2 }, { goalBudget: 1 }));
    const { assist } = await started(c.id, 'amy');
    expectError(await start(c.id, 'bea'), 'BUDGET_EXHAUSTED');

    const before = await snapshotDb(h.store);
    expect(await expireAssists(h.store, at(assist.endsAt, -1))).toBe(0);
    expect(await snapshotDb(h.store)).toEqual(before);

    expect(await expireAssists(h.store, at(assist.endsAt))).toBe(1);
    expect(await statusOf(assist.id)).toBe('expired');
    expect(await goal(c.id)).toEqual({ issued: 0, reserved: 0 });
    // Sweeping again finds nothing: a reservation is given back exactly once.
    expect(await expireAssists(h.store, at(assist.endsAt, 60_000))).toBe(0);
    expect(await goal(c.id)).toEqual({ issued: 0, reserved: 0 });

    h.clock.set(at(assist.endsAt, 60_000));
    expect(await start(c.id, 'bea')).toMatchObject({ ok: true, data: { created: true } });
    expect(await goal(c.id)).toEqual({ issued: 0, reserved: 1 });
  });

  test('the sweep leaves completed and still-running assists alone', async () => {
    const c = await h.save(
      anAssistCampaign({ helpsNeeded: 1, durationHours: 2 }, { goalBudget: 3 }),
    );
    const done = (await started(c.id, 'amy')).assist;
    await h.ok('assist', { action: 'help', assistId: done.id }, 'ben');
    h.clock.advance(3_600_000);
    const running = (await started(c.id, 'cid')).assist;
    expect(await goal(c.id)).toEqual({ issued: 1, reserved: 1 });

    expect(await expireAssists(h.store, at(done.endsAt))).toBe(0);
    expect(await statusOf(done.id)).toBe('completed');
    expect(await statusOf(running.id)).toBe('active');
    expect(await goal(c.id)).toEqual({ issued: 1, reserved: 1 });
  });

  test('a refused help past endsAt does not release anything by itself', async () => {
    const c = await h.save(anAssistCampaign({ durationHours: 2 }, { goalBudget: 1 }));
    const { assist } = await started(c.id, 'amy');
    h.clock.set(assist.endsAt);
    expectError(await h.call('assist', { action: 'help', assistId: assist.id }, 'ben'), 'EXPIRED');
    expect(await goal(c.id)).toEqual({ issued: 0, reserved: 1 });
  });

  // BUG (reported): only the initiator's own next start or the local host's 60-second sweep
  // (cloudfunctions/host/main.ts) ever runs expireAssists. The WeChat entries have no sweep and
  // no timer trigger, so in production a lapsed assist's reservation is held forever when its
  // initiator does not come back — and with maxStartsPerUser 1 and restartAfterExpiry false they
  // cannot: their next start is START_LIMIT, whose transaction rolls the release back. Every assist that lapses
  // leaks one unit of the goal budget until starts are refused for good.
  test('BUG: without the host’s sweep, a lapsed reservation is given back to the next person', async () => {
    const c = await h.save(
      anAssistCampaign({ durationHours: 2, restartAfterExpiry: false }, { goalBudget: 1 }),
    );
    const { assist } = await started(c.id, 'amy');
    h.clock.set(at(assist.endsAt, 60_000));
    expectError(await start(c.id, 'amy'), 'START_LIMIT');
    const next = await start(c.id, 'bea');
    expect(next.ok ? 'created' : next.error.code).toBe('created');
    expect(await goal(c.id)).toEqual({ issued: 0, reserved: 1 });
  });
});
