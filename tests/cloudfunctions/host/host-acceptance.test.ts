/**
 * Issue 3's acceptance, through HTTP as the H5 build calls it: the three demo campaigns keep
 * their promises. A bargain helped to the floor pays its reward exactly once; an assist pays
 * both sides; the welcome coupon stops at its budget of 100.
 */
import { useInProcessHost } from '../../support/in-process-host';
import { storeKinds } from '../../support/stores';

const personas = (n: number, prefix: string) =>
  Array.from({ length: n }, (_, i) => `${prefix}-${String(i + 1).padStart(3, '0')}`);

describe.each(storeKinds())('the demo campaigns through HTTP on %s', (kind) => {
  const host = useInProcessHost(kind);

  const ok = async (name: string, event: object, persona: string) => {
    const response = await host.call(name, event, persona);
    if (response.status !== 200)
      throw new Error(`${name} as ${persona}: ${response.status} ${JSON.stringify(response.body)}`);
    return response.body.data;
  };
  const couponsOf = async (persona: string): Promise<Record<string, any>[]> =>
    (await ok('coupon', { action: 'list' }, persona)).coupons;

  test('demo-bargain: ten friends take it to ¥1 and the initiator’s wallet shows the reward once', async () => {
    const { bargain, created } = await ok(
      'bargain',
      { action: 'start', campaignId: 'demo-bargain' },
      'bargain-initiator',
    );
    expect(created).toBe(true);
    expect(bargain).toMatchObject({ priceFen: 9900, floorFen: 100, helpsNeeded: 10, helpsDone: 0 });

    let last: Record<string, any> = {};
    for (const friend of personas(10, 'cutter')) {
      last = await ok('bargain', { action: 'help', bargainId: bargain.id }, friend);
    }
    expect(last.bargain).toMatchObject({ status: 'completed', currentFen: 100, helpsDone: 10 });

    const late = await host.call(
      'bargain',
      { action: 'help', bargainId: bargain.id },
      'cutter-011',
    );
    expect(late).toMatchObject({ status: 409, body: { ok: false, error: { code: 'CLOSED' } } });

    // Looking again and again issues nothing more.
    await ok('bargain', { action: 'get', bargainId: bargain.id }, 'bargain-initiator');
    const wallet = await couponsOf('bargain-initiator');
    expect(wallet).toEqual([
      expect.objectContaining({
        templateId: 'demo-bargain:reward',
        reason: 'bargain_reward',
        valueFen: 9800,
        productId: 'cup-500',
        status: 'issued',
      }),
    ]);
    const { bargain: mine } = await ok(
      'bargain',
      { action: 'get', bargainId: bargain.id },
      'bargain-initiator',
    );
    expect(mine.reward).toEqual(wallet[0]);
    for (const friend of personas(10, 'cutter')) expect(await couponsOf(friend)).toEqual([]);
  });

  test('demo-assist: five helps; the initiator gets ¥20, every helper ¥3', async () => {
    const { assist } = await ok(
      'assist',
      { action: 'start', campaignId: 'demo-assist' },
      'assist-initiator',
    );
    expect(assist).toMatchObject({ helpsNeeded: 5, helpsDone: 0, status: 'active' });
    const helpers = personas(5, 'helper');
    let last: Record<string, any> = {};
    for (const helper of helpers) {
      last = await ok('assist', { action: 'help', assistId: assist.id }, helper);
      expect(last.helperReward).toMatchObject({
        ok: true,
        coupon: { templateId: 'demo-assist-thanks', valueFen: 300 },
      });
    }
    expect(last.assist).toMatchObject({ status: 'completed', helpsDone: 5 });

    expect(await couponsOf('assist-initiator')).toEqual([
      expect.objectContaining({
        templateId: 'demo-assist-goal',
        reason: 'assist_reward',
        valueFen: 2000,
      }),
    ]);
    for (const helper of helpers) {
      expect(await couponsOf(helper)).toEqual([
        expect.objectContaining({ reason: 'assist_helper_reward', valueFen: 300 }),
      ]);
    }
  });

  test('demo-welcome: 101 people claim; 100 get a coupon, the 101st is told 409 BUDGET_EXHAUSTED', async () => {
    const people = personas(101, 'newcomer');
    const statuses: number[] = [];
    for (const person of people) {
      const response = await host.call(
        'coupon',
        { action: 'claim', templateId: 'demo-welcome', requestId: `${person}-tap` },
        person,
      );
      statuses.push(response.status);
      if (statuses.length === 101) {
        expect(response.body).toEqual({
          ok: false,
          error: { code: 'BUDGET_EXHAUSTED', message: expect.any(String) },
        });
      }
    }
    expect(statuses.slice(0, 100)).toEqual(Array(100).fill(200));
    expect(statuses[100]).toBe(409);

    // A retried tap of someone who got one still answers their coupon; the budget holds.
    const retry = await host.call(
      'coupon',
      { action: 'claim', templateId: 'demo-welcome', requestId: 'newcomer-001-tap' },
      'newcomer-001',
    );
    expect(retry).toMatchObject({ status: 200, body: { data: { replayed: true } } });
    const [template] = await host.store.query(
      `select issued, budget from coupon_template where id = 'demo-welcome'`,
    );
    expect(template).toEqual({ issued: 100, budget: 100 });
  });
});
