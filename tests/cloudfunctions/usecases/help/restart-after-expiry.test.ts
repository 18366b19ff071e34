/**
 * 超时未完成可重新发起: a bargain or assist that lapsed unfinished gives its start back unless
 * the merchant set restartAfterExpiry to false, and the view offers a restart exactly when the
 * start would let it through.
 */
import { aBargainCampaign, anAssistCampaign } from '../../../support/builders/campaign-config';
import {
  expectError,
  expectRefusedAndUnchanged,
  openHarness,
  type Harness,
} from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const HOUR = 3_600_000;

type Kind = 'bargain' | 'assist';
const KINDS: {
  kind: Kind;
  campaign: (s: Record<string, unknown>) => ReturnType<typeof aBargainCampaign>;
}[] = [
  {
    kind: 'bargain',
    campaign: (s) => aBargainCampaign({ durationHours: 1, helpsNeeded: 1, ...s }),
  },
  { kind: 'assist', campaign: (s) => anAssistCampaign({ durationHours: 1, helpsNeeded: 1, ...s }) },
];
const idKey = (kind: Kind) => (kind === 'bargain' ? 'bargainId' : 'assistId');

describe.each(storeKinds())('restart after expiry on %s', (store) => {
  let h: Harness;
  beforeAll(async () => {
    h = await openHarness(store);
  });
  afterAll(() => h.close());
  afterEach(() => h.clock.set('2026-03-01T10:00:00.000+08:00'));

  const start = (kind: Kind, campaignId: string, who: string) =>
    h.call<Record<string, any>>(kind, { action: 'start', campaignId }, who);
  const view = async (kind: Kind, id: string, who: string) =>
    (await h.ok(kind, { action: 'get', [idKey(kind)]: id }, who))[kind];

  describe.each(KINDS)('$kind', ({ kind, campaign }) => {
    test('by default a lapsed start is given back: the page offers 重新发起 and the tap starts anew', async () => {
      const c = await h.save(campaign({ maxStartsPerUser: 1 }));
      const first = (await h.ok(kind, { action: 'start', campaignId: c.id }, 'ann'))[kind];
      h.clock.advance(2 * HOUR);

      const lapsed = await view(kind, first.id, 'ann');
      expect(lapsed.status).toBe('expired');
      expect(lapsed.viewer).toMatchObject({ canRestart: true, restartRefusal: null });
      // Nobody else is offered the initiator's restart.
      expect((await view(kind, first.id, 'bob')).viewer).toMatchObject({ canRestart: false });

      const again = await h.ok(kind, { action: 'start', campaignId: c.id }, 'ann');
      expect(again).toMatchObject({ created: true });
      expect(again[kind].id).not.toBe(first.id);
      // The old page now leads to the new one: a tap reuses it rather than refusing.
      expect((await view(kind, first.id, 'ann')).viewer).toMatchObject({ canRestart: true });
    });

    test('a completed one still counts: no restart once the limit is used by a success', async () => {
      const c = await h.save(campaign({ maxStartsPerUser: 1 }));
      const first = (await h.ok(kind, { action: 'start', campaignId: c.id }, 'cat'))[kind];
      await h.ok(kind, { action: 'help', [idKey(kind)]: first.id }, 'cat-friend');
      expectError(await start(kind, c.id, 'cat'), 'START_LIMIT');
    });

    test('restartAfterExpiry false: the lapsed start counts, the page says so and offers no button', async () => {
      const c = await h.save(campaign({ maxStartsPerUser: 1, restartAfterExpiry: false }));
      const first = (await h.ok(kind, { action: 'start', campaignId: c.id }, 'dan'))[kind];
      h.clock.advance(2 * HOUR);

      expect((await view(kind, first.id, 'dan')).viewer).toMatchObject({
        canRestart: false,
        restartRefusal: 'START_LIMIT',
      });
      await expectRefusedAndUnchanged(h.store, () => start(kind, c.id, 'dan'), 'START_LIMIT');
    });

    test('restartAfterExpiry false with two starts: one restart, then the limit', async () => {
      const c = await h.save(campaign({ maxStartsPerUser: 2, restartAfterExpiry: false }));
      const first = (await h.ok(kind, { action: 'start', campaignId: c.id }, 'eve'))[kind];
      h.clock.advance(2 * HOUR);
      expect((await view(kind, first.id, 'eve')).viewer).toMatchObject({ canRestart: true });
      const second = (await h.ok(kind, { action: 'start', campaignId: c.id }, 'eve'))[kind];
      h.clock.advance(2 * HOUR);
      expect((await view(kind, second.id, 'eve')).viewer).toMatchObject({
        canRestart: false,
        restartRefusal: 'START_LIMIT',
      });
      expectError(await start(kind, c.id, 'eve'), 'START_LIMIT');
    });

    test('an ended campaign: no restart, and the page knows why', async () => {
      const c = await h.save(campaign({ maxStartsPerUser: 1 }));
      const first = (await h.ok(kind, { action: 'start', campaignId: c.id }, 'fay'))[kind];
      await h.save(c, 'ended');
      h.clock.advance(2 * HOUR);
      expect((await view(kind, first.id, 'fay')).viewer).toMatchObject({
        canRestart: false,
        restartRefusal: 'NOT_LIVE',
      });
      expectError(await start(kind, c.id, 'fay'), 'NOT_LIVE');
    });
  });
});
