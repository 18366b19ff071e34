/**
 * What a sharer earns for a friend's real actions: only inside the window after attribution,
 * once per (friend, stage, subject); orders wait out their refund hold; suspicious credits are
 * flagged, held as pending and counted only once a merchant approves them.
 */
import { countedCredits } from '../../../support/builders/attribution';
import { aBargainCampaign } from '../../../support/builders/campaign-config';
import { okAs } from '../../../support/call-as';
import { expectError, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const at = (iso: string, deltaMs = 0) => new Date(Date.parse(iso) + deltaMs);

interface CreditRow {
  id: string;
  invitee_openid: string;
  stage: string;
  ref_id: string;
  status: string;
  flags: string[];
}

describe.each(storeKinds())('conversion credits on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  /** `invitee` opens a card `sharer` just shared, from `clientIp` when given. */
  async function bring(campaignId: string, sharer: string, invitee: string, clientIp?: string) {
    const { token } = await h.ok('invite', { action: 'share', campaignId }, sharer);
    await okAs(h, 'invite', { action: 'visit', campaignId, token }, { openid: invitee, clientIp });
  }
  const start = async (campaignId: string, who: string): Promise<string> =>
    (await h.ok('bargain', { action: 'start', campaignId }, who)).bargain.id;
  const help = (bargainId: string, who: string) =>
    h.ok('bargain', { action: 'help', bargainId }, who);
  const progress = (campaignId: string, who: string) =>
    h.ok('invite', { action: 'progress', campaignId }, who);
  const creditRows = (campaignId: string) =>
    h.store.query<CreditRow>(
      `select id, invitee_openid, stage, ref_id, status, flags from conversion
        where campaign_id = $1 order by created_at, stage, ref_id`,
      [campaignId],
    );
  const reportOrder = (orderId: string, buyerOpenid: string, campaignId: string) =>
    h.ok(
      'order',
      { action: 'report', orderId, buyerOpenid, amountFen: 990, campaignId },
      'merchant',
      'merchant',
    );
  const review = (campaignId: string, creditIds: string[], decision: 'approve' | 'reject') =>
    h.ok('invite', { action: 'review', campaignId, creditIds, decision }, 'merchant', 'merchant');

  describe('conversions count only inside the window after attribution', () => {
    test.each([
      { label: '1 ms before attributedAt + windowDays: the help earns', offsetMs: -1, helped: 1 },
      { label: 'exactly at attributedAt + windowDays: nothing', offsetMs: 0, helped: 0 },
    ])('$label', async ({ offsetMs, helped }) => {
      const c = await h.save(
        aBargainCampaign({ durationHours: 720 }, { invite: { windowDays: 2 } }),
      );
      const bargainId = await start(c.id, 'carol');
      const { token } = await h.ok('invite', { action: 'share', campaignId: c.id }, 'alice');
      // Attributed a day after the share: the credit window runs from here, not from the share.
      h.clock.set(at(START, DAY));
      await h.ok('invite', { action: 'visit', campaignId: c.id, token }, 'bob');
      h.clock.set(at(START, DAY + 2 * DAY + offsetMs));
      await help(bargainId, 'bob');
      expect((await progress(c.id, 'alice')).counted).toEqual(
        countedCredits({ arrived: 1, helped }),
      );
    });
  });

  test('each stage is credited once per subject: two bargains helped, one start', async () => {
    const c = await h.save(aBargainCampaign({ maxStartsPerUser: 1 }));
    await bring(c.id, 'alice', 'bob');
    const first = await start(c.id, 'carol');
    const second = await start(c.id, 'dave');
    await help(first, 'bob');
    await help(second, 'bob');
    expectError(
      await h.call('bargain', { action: 'help', bargainId: first }, 'bob'),
      'ALREADY_HELPED',
    );
    const own = await start(c.id, 'bob');
    expect(await start(c.id, 'bob')).toBe(own);

    const rows = await creditRows(c.id);
    expect(rows.map((r) => [r.stage, r.ref_id]).sort()).toEqual(
      [
        ['arrived', ''],
        ['helped', first],
        ['helped', second],
        ['started', own],
      ].sort(),
    );
    const mine = await progress(c.id, 'alice');
    expect(mine.counted).toEqual(countedCredits({ arrived: 1, helped: 2, started: 1 }));
    expect(mine.level).toMatchObject({ xp: 1 + 2 * 2 + 5 });
  });

  describe('an order credit is pending until its hold has passed, the instant included', () => {
    test.each([
      { label: '1 ms before the hold ends: pending', holdDays: 3, offsetMs: -1, counted: false },
      { label: 'exactly at the hold’s end: counted', holdDays: 3, offsetMs: 0, counted: true },
      { label: 'a day after: counted', holdDays: 3, offsetMs: DAY, counted: true },
      { label: 'no hold at all: counted at once', holdDays: 0, offsetMs: 0, counted: true },
    ])('$label', async ({ holdDays, offsetMs, counted }) => {
      const c = await h.save(aBargainCampaign({}, { invite: { orderHoldDays: holdDays } }));
      await bring(c.id, 'alice', 'bob');
      h.clock.set(at(START, HOUR));
      await reportOrder(`o-${holdDays}-${offsetMs}`, 'bob', c.id);
      h.clock.set(at(START, HOUR + holdDays * DAY + offsetMs));
      const mine = await progress(c.id, 'alice');
      expect([mine.counted.ordered, mine.pending.ordered]).toEqual(counted ? [1, 0] : [0, 1]);
      expect(mine.level.xp).toBe(counted ? 11 : 1);
      expect(mine.recent[0]).toMatchObject({
        stage: 'ordered',
        status: counted ? 'counted' : 'pending',
      });
    });
  });

  describe('same-ip-burst: the 3rd new person from one IP within 60 minutes is held', () => {
    const IP_A = '203.0.113.7';
    const IP_B = '198.51.100.9';
    const FLAG_3 = 'same-ip-burst: 3 new people from one IP within 60 minutes';
    const FLAG_4 = 'same-ip-burst: 4 new people from one IP within 60 minutes';
    const arrivals = [
      { who: 'p1', ip: IP_A, minute: 0, flags: [] },
      { who: 'p2', ip: IP_A, minute: 10, flags: [] },
      { who: 'p3', ip: IP_A, minute: 20, flags: [FLAG_3] },
      { who: 'p4', ip: IP_A, minute: 30, flags: [FLAG_4] },
      { who: 'p5', ip: IP_B, minute: 31, flags: [] },
      // 60 minutes after p3 only p4 is still inside the window: two people.
      { who: 'p6', ip: IP_A, minute: 80, flags: [] },
    ];

    /** Alice's card reaches p1…p6; returns the campaign and the arrival credits by person. */
    async function burst() {
      const c = await h.save(aBargainCampaign());
      const { token } = await h.ok('invite', { action: 'share', campaignId: c.id }, 'alice');
      for (const a of arrivals) {
        h.clock.set(at(START, a.minute * MINUTE));
        await okAs(
          h,
          'invite',
          { action: 'visit', campaignId: c.id, token },
          { openid: a.who, clientIp: a.ip },
        );
      }
      const rows = await creditRows(c.id);
      return { c, credit: Object.fromEntries(rows.map((r) => [r.invitee_openid, r])) };
    }
    const leaderXp = async (campaignId: string) =>
      (await h.ok('invite', { action: 'leaderboard', campaignId, period: 'all' }, 'merchant'))
        .entries[0]?.xp;

    test('flagged arrivals are pending, listed for review, and left off the board and level', async () => {
      const { c, credit } = await burst();
      for (const a of arrivals) {
        expect([a.who, credit[a.who]?.status, credit[a.who]?.flags]).toEqual([
          a.who,
          a.flags.length > 0 ? 'pending' : 'counted',
          a.flags,
        ]);
      }
      const mine = await progress(c.id, 'alice');
      expect([mine.counted.arrived, mine.pending.arrived, mine.level.xp]).toEqual([4, 2, 4]);
      expect(await leaderXp(c.id)).toBe(4);
      const { stats } = await h.ok(
        'campaign',
        { action: 'stats', campaignId: c.id },
        'merchant',
        'merchant',
      );
      expect(stats.pendingCredits).toEqual([
        // Told apart for the merchant (maskName would make both 'p*'), the rule in Chinese.
        {
          id: credit.p3!.id,
          sharer: 'a****e',
          invitee: 'p****3',
          stage: 'arrived',
          flags: [{ rule: '同一 IP 多人到访', reason: '60 分钟内同一 IP 来了 3 位新用户' }],
          at: at(START, 20 * MINUTE).toISOString(),
        },
        {
          id: credit.p4!.id,
          sharer: 'a****e',
          invitee: 'p****4',
          stage: 'arrived',
          flags: [{ rule: '同一 IP 多人到访', reason: '60 分钟内同一 IP 来了 4 位新用户' }],
          at: at(START, 30 * MINUTE).toISOString(),
        },
      ]);
    });

    test('approve makes a credit count; reject is final and never counts', async () => {
      const { c, credit } = await burst();
      expect(await review(c.id, [credit.p3!.id], 'approve')).toEqual({ reviewed: 1 });
      expect(await review(c.id, [credit.p4!.id], 'reject')).toEqual({ reviewed: 1 });
      expect(await review(c.id, [credit.p4!.id], 'approve')).toEqual({ reviewed: 0 });

      const mine = await progress(c.id, 'alice');
      expect([mine.counted.arrived, mine.pending.arrived, mine.level.xp]).toEqual([5, 0, 5]);
      expect(mine.recent.find((r: { status: string }) => r.status === 'rejected')).toMatchObject({
        stage: 'arrived',
      });
      expect(await leaderXp(c.id)).toBe(5);
      const [p4] = await h.store.query('select status from conversion where id = $1', [
        credit.p4!.id,
      ]);
      expect(p4).toEqual({ status: 'rejected' });
      const { stats } = await h.ok(
        'campaign',
        { action: 'stats', campaignId: c.id },
        'merchant',
        'merchant',
      );
      expect(stats.pendingCredits).toEqual([]);
    });

    test('only a merchant reviews, and only flagged credits of this campaign move', async () => {
      const { c, credit } = await burst();
      const other = await h.save(aBargainCampaign());
      expectError(
        await h.call(
          'invite',
          { action: 'review', campaignId: c.id, creditIds: [credit.p3!.id], decision: 'approve' },
          'alice',
        ),
        'FORBIDDEN',
      );
      expect(await review(c.id, ['cnv_0000000000000000'], 'approve')).toEqual({ reviewed: 0 });
      expect(await review(c.id, [credit.p1!.id], 'reject')).toEqual({ reviewed: 0 });
      expect(await review(other.id, [credit.p3!.id], 'reject')).toEqual({ reviewed: 0 });
      expect((await creditRows(c.id)).map((r) => r.status)).toEqual(
        arrivals.map((a) => (a.flags.length > 0 ? 'pending' : 'counted')),
      );
    });
  });

  // The merchant's review list holds flagged credits only; a review must not reach the others.
  test('BUG: an unflagged order credit in its refund hold is not up for review', async () => {
    const c = await h.save(aBargainCampaign());
    await bring(c.id, 'alice', 'bob');
    await reportOrder('o-held', 'bob', c.id);
    const held = (await creditRows(c.id)).find((r) => r.stage === 'ordered')!;
    expect(held).toMatchObject({ status: 'pending', flags: [] });
    expect(await review(c.id, [held.id], 'reject')).toEqual({ reviewed: 0 });
    expect((await creditRows(c.id)).find((r) => r.stage === 'ordered')?.status).toBe('pending');
  });

  describe('helper-only: an invitee who does nothing but help is flagged from the 3rd help', () => {
    const FLAG = (n: number) => `helper-only: ${n} helps and no other activity in the campaign`;

    test.each([
      {
        label: 'one visit, no start, no order',
        extraVisit: false,
        flags: [[], [], [FLAG(3)], [FLAG(4)]],
      },
      { label: 'a second visit is other activity', extraVisit: true, flags: [[], [], [], []] },
    ])('$label', async ({ extraVisit, flags }) => {
      const c = await h.save(aBargainCampaign({ helperDailyLimit: 5 }));
      const bargains = [];
      for (const who of ['s1', 's2', 's3', 's4']) bargains.push(await start(c.id, who));
      await bring(c.id, 'alice', 'dave');
      if (extraVisit) await h.ok('invite', { action: 'visit', campaignId: c.id }, 'dave');
      for (const id of bargains) {
        h.clock.advance(MINUTE);
        await help(id, 'dave');
      }
      const helped = (await creditRows(c.id)).filter((r) => r.stage === 'helped');
      expect(helped.map((r) => [r.ref_id, r.status, r.flags])).toEqual(
        bargains.map((id, i) => [id, flags[i]!.length > 0 ? 'pending' : 'counted', flags[i]]),
      );
      const mine = await progress(c.id, 'alice');
      expect(mine.pending.helped).toBe(flags.filter((f) => f.length > 0).length);
    });
  });
});
