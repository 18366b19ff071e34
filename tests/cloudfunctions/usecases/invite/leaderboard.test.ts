/**
 * The sharer boards and levels: ranks by counted experience (competition ranking), names
 * masked except the caller's own, the weekly board turning over at the campaign's reset in
 * China time, and levels from the campaign's own thresholds.
 */
import { aBargainCampaign } from '../../../support/builders/campaign-config';
import { useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00'; // a Sunday
const MINUTE = 60_000;
const DAY = 86_400_000;

interface Entry {
  rank: number;
  name: string;
  xp: number;
  isMe: boolean;
}

describe.each(storeKinds())('invite leaderboard and levels on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  /** Each invitee opens a fresh card of `sharer`: one 'arrived' credit (1 xp) apiece. */
  async function bring(campaignId: string, sharer: string, ...invitees: string[]) {
    for (const invitee of invitees) {
      const { token } = await h.ok('invite', { action: 'share', campaignId }, sharer);
      await h.ok('invite', { action: 'visit', campaignId, token }, invitee);
    }
  }
  const board = (campaignId: string, period: 'week' | 'all', who: string) =>
    h.ok<{ period: string; since: string | null; entries: Entry[]; me: Entry | null }>(
      'invite',
      { action: 'leaderboard', campaignId, period },
      who,
    );
  const progress = (campaignId: string, who: string) =>
    h.ok('invite', { action: 'progress', campaignId }, who);

  test('ties share a rank and the next rank skips; only the caller is unmasked', async () => {
    const c = await h.save(aBargainCampaign());
    // Bob gets going before Carol, so he is listed first within their tie.
    for (const [sharer, invitee] of [
      ['alice', 'a1'],
      ['bob', 'b1'],
      ['carol', 'c1'],
      ['dave', 'd1'],
      ['alice', 'a2'],
      ['carol', 'c2'],
      ['bob', 'b2'],
      ['alice', 'a3'],
    ] as const) {
      h.clock.advance(MINUTE);
      await bring(c.id, sharer, invitee);
    }
    const expected = [
      { rank: 1, name: 'a****', xp: 3, isMe: false },
      { rank: 2, name: 'b**', xp: 2, isMe: false },
      { rank: 2, name: '我', xp: 2, isMe: true },
      { rank: 4, name: 'd***', xp: 1, isMe: false },
    ];
    for (const period of ['week', 'all'] as const) {
      expect(await board(c.id, period, 'carol')).toMatchObject({
        period,
        entries: expected,
        me: { rank: 2, xp: 2 },
      });
    }
    const stranger = await board(c.id, 'all', 'eve');
    expect(stranger.entries.map((e) => e.name)).toEqual(['a****', 'b**', 'c****', 'd***']);
    expect(stranger.entries.some((e) => e.isMe)).toBe(false);
    expect(stranger.me).toBeNull();
    expect((await progress(c.id, 'carol')).rank).toBe(2);
    expect((await progress(c.id, 'eve')).rank).toBeNull();
  });

  test('beyond the top 20 the caller still learns their rank', async () => {
    const c = await h.save(aBargainCampaign());
    for (let i = 1; i <= 21; i += 1) {
      const sharer = `top${String(i).padStart(2, '0')}`;
      await bring(c.id, sharer, `${sharer}-x`, `${sharer}-y`);
    }
    await bring(c.id, 'zed', 'zed-x');
    const mine = await board(c.id, 'all', 'zed');
    expect(mine.entries).toHaveLength(20);
    expect(mine.entries.every((e) => e.rank === 1 && e.xp === 2 && !e.isMe)).toBe(true);
    expect(mine.me).toEqual({ rank: 22, xp: 1 });
    expect((await progress(c.id, 'zed')).rank).toBe(22);
  });

  describe('the weekly board resets at the configured weekday and hour, China time', () => {
    // Wednesday 20:00 in China is 12:00 UTC; a board reset in UTC would turn over 8 hours later.
    const reset = { weekday: 3, hour: 20 };

    test.each([
      { now: '2026-03-04T19:59:59.999+08:00', since: '2026-02-25T12:00:00.000Z' },
      { now: '2026-03-04T20:00:00.000+08:00', since: '2026-03-04T12:00:00.000Z' },
      { now: '2026-03-05T03:00:00.000+08:00', since: '2026-03-04T12:00:00.000Z' },
      { now: '2026-03-11T19:59:59.999+08:00', since: '2026-03-04T12:00:00.000Z' },
    ])('at $now the week runs since $since', async ({ now, since }) => {
      const c = await h.save(aBargainCampaign({}, { invite: { weeklyReset: reset } }));
      h.clock.set(now);
      expect(await board(c.id, 'week', 'alice')).toMatchObject({ since });
      expect(await board(c.id, 'all', 'alice')).toMatchObject({ since: null });
    });

    test('credits before the reset leave the week’s board and stay on the all-time one', async () => {
      const c = await h.save(aBargainCampaign({}, { invite: { weeklyReset: reset } }));
      h.clock.set('2026-03-04T19:59:59.999+08:00');
      await bring(c.id, 'alice', 'a1', 'a2');
      h.clock.set('2026-03-04T20:00:00.000+08:00');
      await bring(c.id, 'bob', 'b1');
      h.clock.set('2026-03-05T10:00:00.000+08:00');

      expect((await board(c.id, 'week', 'bob')).entries).toEqual([
        { rank: 1, name: '我', xp: 1, isMe: true },
      ]);
      expect((await board(c.id, 'all', 'bob')).entries).toEqual([
        { rank: 1, name: 'a****', xp: 2, isMe: false },
        { rank: 2, name: '我', xp: 1, isMe: true },
      ]);
      // Progress ranks on the week's board: Alice is off it, though her level keeps her xp.
      const alice = await progress(c.id, 'alice');
      expect([alice.rank, alice.level.xp]).toEqual([null, 2]);
      expect((await progress(c.id, 'bob')).rank).toBe(1);
    });
  });

  test('a pending order credit stays off the board until its hold has passed', async () => {
    const c = await h.save(aBargainCampaign({}, { invite: { orderHoldDays: 7 } }));
    await bring(c.id, 'carol', 'x1');
    await bring(c.id, 'dave', 'y1', 'y2');
    await h.ok(
      'order',
      { action: 'report', orderId: 'o-x1', buyerOpenid: 'x1', amountFen: 990, campaignId: c.id },
      'merchant',
      'merchant',
    );
    const xpByName = async () =>
      (await board(c.id, 'all', 'eve')).entries.map((e) => [e.name, e.xp, e.rank]);
    expect(await xpByName()).toEqual([
      ['d***', 2, 1],
      ['c****', 1, 2],
    ]);
    h.clock.advance(7 * DAY);
    expect(await xpByName()).toEqual([
      ['c****', 11, 1],
      ['d***', 2, 2],
    ]);
  });

  describe('progress: the level comes from xp and the campaign’s own thresholds', () => {
    const levels = [
      { level: 1, name: '见习', minXp: 0 },
      { level: 2, name: '达人', minXp: 3 },
      { level: 3, name: '大使', minXp: 6 },
    ];
    test.each([
      { xp: 2, level: 1, name: '见习', nextLevel: levels[1], progress: 2 / 3 },
      { xp: 3, level: 2, name: '达人', nextLevel: levels[2], progress: 0 },
      { xp: 5, level: 2, name: '达人', nextLevel: levels[2], progress: 2 / 3 },
      { xp: 6, level: 3, name: '大使', nextLevel: null, progress: 1 },
    ])('$xp xp → level $level $name', async ({ xp, ...standing }) => {
      const c = await h.save(aBargainCampaign({}, { invite: { levels } }));
      await bring(c.id, 'alice', ...Array.from({ length: xp }, (_, i) => `friend${i}`));
      const mine = await progress(c.id, 'alice');
      expect(mine.level).toEqual({
        xp,
        pendingXp: 0,
        ...standing,
        progress: expect.closeTo(standing.progress),
      });
      expect(mine.rank).toBe(1);
    });

    test('without thresholds of its own a campaign uses the default levels', async () => {
      const c = await h.save(aBargainCampaign());
      await bring(c.id, 'alice', 'f1', 'f2');
      expect((await progress(c.id, 'alice')).level).toMatchObject({ level: 1, name: '新手分享官' });
    });
  });
});
