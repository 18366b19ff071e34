/**
 * F码 under load. These run on the PostgreSQL server when DATABASE_URL is set: PGlite runs one
 * transaction at a time and would pass even without the protections.
 *
 * Checked on the server with a protection removed, one at a time (the file restored after
 * each run):
 * - accept-fcode.ts, `status = 'held'` dropped from the accepting update → the 200-friend and
 *   the batch-of-10 tests fail: friends arriving after the winner committed still match the
 *   update and hit the holding's unique code key (31 of 200 answered INTERNAL);
 * - accept-fcode.ts, the ONE_PER_BATCH refusal skipped (holding insert ignored) → the
 *   five-codes test fails: one person keeps all five;
 * - join-waitlist.ts, the place drawn by `max(seq) + 1` instead of the queue row's upsert
 *   (no lock) → the 500-joiner test fails: 484 of 500 joins collide on (campaign, seq);
 * - redeem-fcode.ts, `status = 'reserved'` and `reserved_until > now` dropped from the
 *   redeeming update → the batch-of-10 test fails: 15 orders for 10 redeemed codes (a code
 *   re-redeemed by a concurrent report). Either condition alone still holds the line: the
 *   first redemption clears reserved_until;
 * - fcode-row.ts, settleFcodes' queue lock and promoteWaiting's `for update of c` dropped
 *   (alone or both) → all still pass: the expiring update's own row locks, held to commit,
 *   serialise concurrent settlers, and the joins draw their places under the queue lock. The
 *   locks stay, for pooled codes no update has locked (a waitlist batch's release).
 */
import { anFcodeCampaign, anFcodeOrder } from '../../support/builders/campaign-config';
import { anOrderId, callWith, useHarness } from '../../support/harness';
import { codes, describeOnServer, range } from '../../support/on-server';

const DAY = 86_400_000;
const HOUR = 3_600_000;

describeOnServer('F码 under concurrency on %s', (kind) => {
  const h = useHarness(kind, { poolMax: 32 });
  const call = callWith(() => h.deps);
  const seedCodes = async (campaignId: string, seeds: string[]) => {
    await h.ok('fcode', { action: 'seed', campaignId, openids: seeds }, 'merchant', 'merchant');
    return h.store.query<{ code: string; holder_openid: string }>(
      `select code, holder_openid from fcode_code where campaign_id = $1 and status = 'held' order by code`,
      [campaignId],
    );
  };
  const report = (campaignId: string, buyer: string, fcode: string, orderId?: string) =>
    call(
      'order',
      anFcodeOrder(campaignId, buyer, fcode, orderId ?? anOrderId('fc-order')),
      'merchant',
      'merchant',
    );

  test('200 friends accepting one shared code at once: exactly one gets it', async () => {
    h.clock.set('2026-03-01T10:00:00.000+08:00');
    const c = await h.save(anFcodeCampaign());
    const [shared] = await seedCodes(c.id, ['seed']);
    const friends = range(200, 'friend');

    const results = await Promise.all(
      friends.map((who) => call('fcode', { action: 'accept', code: shared!.code }, who)),
    );
    expect(codes(results)).toEqual({ ok: 1, CODE_TAKEN: 199 });
    const winner = friends[results.findIndex((r) => r.ok)];
    const rows = await h.store.query(
      'select status, acceptor_openid, holder_openid from fcode_code where code = $1',
      [shared!.code],
    );
    expect(rows).toEqual([{ status: 'reserved', acceptor_openid: winner, holder_openid: 'seed' }]);
    expect(
      await h.store.query('select openid from fcode_holding where code = $1', [shared!.code]),
    ).toEqual([{ openid: winner }]);
    const [events] = await h.store.query<{ n: number }>(
      `select count(*)::int as n from fcode_event where code = $1 and kind = 'accepted'`,
      [shared!.code],
    );
    expect(events!.n).toBe(1);
  });

  test('one person accepting five codes of a batch at once keeps exactly one', async () => {
    h.clock.set('2026-03-01T10:00:00.000+08:00');
    const c = await h.save(anFcodeCampaign({ codesPerSeed: 5 }));
    const held = await seedCodes(c.id, ['seed']);
    const results = await Promise.all(
      held.map((x) => call('fcode', { action: 'accept', code: x.code }, 'greedy')),
    );
    expect(codes(results)).toEqual({ ok: 1, ONE_PER_BATCH: 4 });
    const [n] = await h.store.query<{ n: number }>(
      `select count(*)::int as n from fcode_code where campaign_id = $1 and acceptor_openid = 'greedy'`,
      [c.id],
    );
    expect(n!.n).toBe(1);
  });

  test('500 people joining the waitlist while 50 codes expire: the 50 earliest are promoted, each once', async () => {
    h.clock.set('2026-03-01T10:00:00.000+08:00');
    const c = await h.save(
      anFcodeCampaign({ batches: [{ size: 50, to: 'holders' }], codesPerSeed: 5 }),
    );
    const held = await seedCodes(c.id, range(10, 'seed'));
    expect(held).toHaveLength(50);
    h.clock.advance(3 * DAY);
    const people = range(500, 'w');

    // Joins, and lookers whose reads settle what is due, all at once.
    const [joined, looked] = await Promise.all([
      Promise.all(people.map((who) => call('fcode', { action: 'join', campaignId: c.id }, who))),
      Promise.all(
        range(40, 'looker').map((who) => call('fcode', { action: 'get', campaignId: c.id }, who)),
      ),
    ]);
    expect(codes(joined)).toEqual({ ok: 500 });
    expect(codes(looked)).toEqual({ ok: 40 });

    const line = await h.store.query<{
      openid: string;
      seq: string;
      status: string;
      code: string | null;
    }>('select openid, seq, status, code from fcode_wait where campaign_id = $1 order by seq', [
      c.id,
    ]);
    expect(line).toHaveLength(500);
    expect(line.slice(0, 50).every((w) => w.status === 'promoted')).toBe(true);
    expect(line.slice(50).every((w) => w.status === 'waiting')).toBe(true);
    // Places are 1…500 without gaps, in the order the queue row's lock was taken.
    expect(line.map((w) => Number(w.seq))).toEqual(Array.from({ length: 500 }, (_, i) => i + 1));
    const given = line.slice(0, 50).map((w) => w.code);
    expect(new Set(given).size).toBe(50);
    expect([...given].sort()).toEqual(held.map((x) => x.code).sort());
    const acceptors = await h.store.query<{ acceptor_openid: string; via: string }>(
      `select acceptor_openid, via from fcode_code where campaign_id = $1 order by acceptor_openid`,
      [c.id],
    );
    expect(acceptors.map((a) => a.acceptor_openid)).toEqual(
      line
        .slice(0, 50)
        .map((w) => w.openid)
        .sort(),
    );
    expect(acceptors.every((a) => a.via === 'waitlist')).toBe(true);
    const outbox = await h.store.query<{ recipient_openid: string }>(
      `select recipient_openid from outbox where payload->>'campaignId' = $1`,
      [c.id],
    );
    expect(outbox.map((o) => o.recipient_openid).sort()).toEqual(
      line
        .slice(0, 50)
        .map((w) => w.openid)
        .sort(),
    );
    const [expired] = await h.store.query<{ n: number }>(
      `select count(*)::int as n from fcode_event where campaign_id = $1 and kind = 'expired'`,
      [c.id],
    );
    expect(expired!.n).toBe(50);
  });

  test('30 readers settling at once, 20 codes due and 40 people waiting: each code promoted once, in order', async () => {
    h.clock.set('2026-03-01T10:00:00.000+08:00');
    const c = await h.save(
      anFcodeCampaign({ batches: [{ size: 20, to: 'holders' }], codesPerSeed: 2 }),
    );
    await seedCodes(c.id, range(10, 'seed'));
    const line = range(40, 'q');
    for (const who of line) await h.ok('fcode', { action: 'join', campaignId: c.id }, who);
    h.clock.advance(3 * DAY);

    const looked = await Promise.all(
      range(30, 'reader').map((who) => call('fcode', { action: 'get', campaignId: c.id }, who)),
    );
    expect(codes(looked)).toEqual({ ok: 30 });
    const promoted = await h.store.query<{ openid: string }>(
      `select openid from fcode_wait where campaign_id = $1 and status = 'promoted' order by seq`,
      [c.id],
    );
    expect(promoted.map((p) => p.openid)).toEqual(line.slice(0, 20));
    const [events] = await h.store.query<{ n: number }>(
      `select count(*)::int as n from fcode_event where campaign_id = $1 and kind = 'promoted'`,
      [c.id],
    );
    expect(events!.n).toBe(20);
  });

  test('a batch of 10 never yields more than 10 redemptions, whatever the mix of accepts, lapses, expiries and replays', async () => {
    h.clock.set('2026-03-01T10:00:00.000+08:00');
    const c = await h.save(
      anFcodeCampaign({
        batches: [{ size: 10, to: 'holders' }],
        codesPerSeed: 2,
        passOn: { codes: 2, maxGenerations: 3 },
      }),
    );
    const held = await seedCodes(c.id, range(5, 'seed'));
    expect(held).toHaveLength(10);
    const friends = range(60, 'f');
    // Round 1: every friend tries every third code; some people join the waitlist meanwhile.
    const accepts = await Promise.all([
      ...friends.map((who, i) =>
        call('fcode', { action: 'accept', code: held[i % held.length]!.code }, who),
      ),
      ...range(30, 'wait').map((who) => call('fcode', { action: 'join', campaignId: c.id }, who)),
    ]);
    expect(codes(accepts).INTERNAL).toBeUndefined();
    const reserved = await h.store.query<{ code: string; acceptor_openid: string }>(
      `select code, acceptor_openid from fcode_code where campaign_id = $1 and status = 'reserved'`,
      [c.id],
    );
    // Half buy, each report sent three times at once (a retried callback), plus everyone
    // trying every reserved code with fresh order ids.
    const buyers = reserved.slice(0, Math.ceil(reserved.length / 2));
    const reports = await Promise.all([
      ...buyers.flatMap((r) =>
        [1, 2, 3].map(() => report(c.id, r.acceptor_openid, r.code, `once-${r.code}`)),
      ),
      ...reserved.flatMap((r) => [
        report(c.id, r.acceptor_openid, r.code),
        report(c.id, 'thief', r.code),
      ]),
    ]);
    expect(codes(reports).INTERNAL).toBeUndefined();
    // Reservations lapse, codes expire to the waitlist, pass-on codes move: and again.
    h.clock.advance(25 * HOUR);
    const round2 = await Promise.all([
      ...range(30, 'g').map((who, i) =>
        call('fcode', { action: 'accept', code: held[i % held.length]!.code }, who),
      ),
      ...range(10, 'wait2').map((who) => call('fcode', { action: 'join', campaignId: c.id }, who)),
    ]);
    expect(codes(round2).INTERNAL).toBeUndefined();
    h.clock.advance(3 * DAY);
    const open = await h.store.query<{ code: string; acceptor_openid: string }>(
      `select code, acceptor_openid from fcode_code where campaign_id = $1 and status = 'reserved'`,
      [c.id],
    );
    const late = await Promise.all(
      open.flatMap((r) => [
        report(c.id, r.acceptor_openid, r.code),
        report(c.id, r.acceptor_openid, r.code),
      ]),
    );
    expect(codes(late).INTERNAL).toBeUndefined();

    const [totals] = await h.store.query<{ codes: number; redeemed: number; orders: number }>(
      `select count(*)::int as codes,
              count(*) filter (where status = 'redeemed')::int as redeemed,
              count(distinct order_id)::int as orders
         from fcode_code where campaign_id = $1`,
      [c.id],
    );
    expect(totals!.codes).toBe(10);
    expect(totals!.redeemed).toBeGreaterThan(0);
    expect(totals!.redeemed).toBeLessThanOrEqual(10);
    expect(totals!.orders).toBe(totals!.redeemed);
    const [events] = await h.store.query<{ n: number }>(
      `select count(*)::int as n from fcode_event where campaign_id = $1 and kind = 'redeemed'`,
      [c.id],
    );
    expect(events!.n).toBe(totals!.redeemed);
    // Every order with a code redeemed it: no order slipped through without its code.
    const [orders] = await h.store.query<{ n: number }>(
      `select count(*)::int as n from shop_order where campaign_id = $1`,
      [c.id],
    );
    expect(orders!.n).toBe(totals!.redeemed);
  });
});
