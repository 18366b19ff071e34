/**
 * A crash never leaves half a help or half a coupon behind. The real host (the bundled
 * cloudfunctions/host/main.ts, PGlite in a temporary data dir) takes HTTP load — many friends
 * helping several demo-bargain bargains, demo-assist assists started and helped, demo-welcome
 * claimed with request ids — and is killed with SIGKILL at a random point while requests are in
 * flight, twice. Each restart must take over the dead process's lock on the same data dir;
 * then the whole workload is replayed to completion, the host is stopped, and the data dir is
 * opened directly (one process per data dir) and checked with SQL against every invariant of
 * DESIGN.md (support/invariants.ts), plus: whatever the host acknowledged before a kill is
 * still there after it.
 *
 * Protections relied on: each use case's writes in one transaction (store.transaction), so a
 * kill leaves all of them or none; PGlite's write-ahead log replayed on reopen; the lock file's
 * takeover of a dead pid (store/data-dir-lock.ts); and, for the replay, the same unique keys
 * and idempotency keys as replay-storm.test.ts.
 *
 * The checker itself is proven in invariant-checker.test.ts: every invariant it knows is broken
 * once, on purpose, and must be reported. Also checked to fail end to end, in a copy of
 * the tree: with issueCoupon's `issued = issued + 1` changed to `issued = issued`, the crash
 * test reports "template.issued = its coupons" for demo-welcome, demo-assist-thanks and
 * demo-bargain:reward (and the checker's own "finds nothing wrong" test goes red).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { seededRandom } from '../../cloudfunctions/domain/shared/seeded-random';
import { openStore } from '../../cloudfunctions/store/open-store';
import type { Sql } from '../../cloudfunctions/store/store';
import { checkInvariants } from './support/invariants';
import { callHost, spawnHost, type ApiAnswer, type SpawnedHost } from './support/spawn-host';

const SEED = process.env.CRASH_SEED ?? String(Date.now());
const KILLS = 2;
const CONCURRENCY = 8;

const BARGAINS = 6; // demo-bargain: 10 helps each, 3 helps per helper per day
const BARGAIN_HELPERS = 20; // × 3 bargains each = exactly 10 helps per bargain: all complete
const ASSISTS = 4; // demo-assist: 5 helps each
const ASSIST_HELPERS = 12; // × 2 assists each = 24 helps for 20 places
const CLAIMERS = 50; // demo-welcome: budget 100, one per person

interface Request {
  label: string;
  name: 'bargain' | 'assist' | 'coupon';
  event: Record<string, unknown>;
  persona: string;
}

/** The load: every request idempotent, so replaying all of it after a crash is always safe. */
function workload(bargains: string[], assists: string[], random: () => number): Request[] {
  const requests: Request[] = [];
  for (let i = 0; i < BARGAIN_HELPERS; i += 1) {
    for (let k = 0; k < 3; k += 1) {
      const bargainId = bargains[(3 * i + k) % bargains.length]!; // 10 helpers per bargain
      requests.push({
        label: 'bargain help',
        name: 'bargain',
        event: { action: 'help', bargainId },
        persona: `crash-bh${i}`,
      });
    }
  }
  for (let i = 0; i < ASSIST_HELPERS; i += 1) {
    for (let k = 0; k < 2; k += 1) {
      const assistId = assists[(i + k) % assists.length]!;
      requests.push({
        label: 'assist help',
        name: 'assist',
        event: { action: 'help', assistId },
        persona: `crash-ah${i}`,
      });
    }
  }
  for (let i = 0; i < CLAIMERS; i += 1) {
    const claim: Request = {
      label: 'claim',
      name: 'coupon',
      event: { action: 'claim', templateId: 'demo-welcome', requestId: `crash-claim-${i}` },
      persona: `crash-c${i}`,
    };
    requests.push(claim, ...(i % 5 === 0 ? [{ ...claim, label: 'claim (retried)' }] : []));
  }
  for (let i = 0; i < 4; i += 1) {
    requests.push({
      label: 'bargain start',
      name: 'bargain',
      event: { action: 'start', campaignId: 'demo-bargain' },
      persona: `crash-late${i}`,
    });
  }
  // Fisher–Yates with the seeded source: a failure names its seed.
  for (let i = requests.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [requests[i], requests[j]] = [requests[j]!, requests[i]!];
  }
  return requests;
}

/**
 * Sends the requests `concurrency` at a time. `killAfter` answers, it SIGKILLs the host while
 * the others are in flight; a request the dead host never answered comes back as null.
 */
async function drive(
  host: SpawnedHost,
  requests: Request[],
  concurrency: number,
  killAfter = Number.POSITIVE_INFINITY,
): Promise<{ answers: (ApiAnswer | null)[]; inFlightAtKill: number }> {
  const answers: (ApiAnswer | null)[] = new Array(requests.length).fill(null);
  let next = 0;
  let answered = 0;
  let inFlight = 0;
  let inFlightAtKill = 0;
  let killed: Promise<unknown> | undefined;
  const worker = async () => {
    while (next < requests.length && !killed) {
      const index = next;
      next += 1;
      const r = requests[index]!;
      inFlight += 1;
      answers[index] = await callHost(host.url, r.name, r.event, r.persona);
      inFlight -= 1;
      answered += 1;
      if (answered >= killAfter && !killed) {
        inFlightAtKill = inFlight;
        killed = host.kill();
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  await killed;
  return { answers, inFlightAtKill };
}

const lockFile = (dataDir: string) => path.join(dataDir, 'fission.lock');
// The lock file names its owner's pid, then its start time (store/data-dir-lock.ts).
const lockOwner = (dataDir: string) =>
  Number(fs.readFileSync(lockFile(dataDir), 'utf8').trim().split(' ')[0]);
const code = (a: ApiAnswer | null) =>
  a === null ? 'no answer' : a.body.ok ? 'ok' : a.body.error.code;

async function rows<T extends object>(sql: Sql, text: string, params: unknown[] = []) {
  return sql.query<T>(text, params);
}

describe(`the host killed with SIGKILL mid-stream (CRASH_SEED=${SEED})`, () => {
  let dataDir: string;
  let host: SpawnedHost | undefined;

  beforeAll(() => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fission-crash-'));
  });
  afterAll(async () => {
    await host?.kill();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('restarts on the same data dir, keeps what it acknowledged, and every invariant holds', async () => {
    const random = seededRandom(SEED);
    host = await spawnHost(dataDir);

    const start = async (name: 'bargain' | 'assist', campaignId: string, persona: string) => {
      const answer = await callHost(host!.url, name, { action: 'start', campaignId }, persona);
      if (!answer?.body.ok) throw new Error(`${name} start failed: ${JSON.stringify(answer)}`);
      return answer.body.data[name].id as string;
    };
    const bargains: string[] = [];
    for (let i = 0; i < BARGAINS; i += 1)
      bargains.push(await start('bargain', 'demo-bargain', `crash-bi${i}`));
    const assists: string[] = [];
    for (let i = 0; i < ASSISTS; i += 1)
      assists.push(await start('assist', 'demo-assist', `crash-ai${i}`));
    const requests = workload(bargains, assists, random);

    // Acknowledged before a kill: must survive it.
    const acknowledged: { request: Request; answer: ApiAnswer }[] = [];
    for (let kill = 0; kill < KILLS; kill += 1) {
      const killAfter = 5 + Math.floor(random() * requests.length * 0.4);
      const victim = host.child.pid!;
      const { answers, inFlightAtKill } = await drive(host, requests, CONCURRENCY, killAfter);
      const exit = await host.exited;
      expect(exit.signal).toBe('SIGKILL');
      expect(inFlightAtKill).toBeGreaterThan(0);
      answers.forEach((answer, i) => {
        if (answer?.body.ok) acknowledged.push({ request: requests[i]!, answer });
      });

      // The dead process's lock is still there; the next start must take it over.
      expect(lockOwner(dataDir)).toBe(victim);
      host = await spawnHost(dataDir);
      expect(lockOwner(dataDir)).toBe(host.child.pid);
    }

    // The whole workload again, to completion: only ok or the refusals a replay may meet.
    const { answers: final } = await drive(host, requests, 4);
    const unexpected = final
      .map((answer, i) => ({ label: requests[i]!.label, code: code(answer) }))
      .filter((a) => !['ok', 'ALREADY_HELPED', 'CLOSED'].includes(a.code));
    expect(unexpected).toEqual([]);
    await host.stop();
    expect(fs.existsSync(lockFile(dataDir))).toBe(false);
    host = undefined;

    const store = await openStore({ dataDir });
    try {
      expect(await checkInvariants(store)).toEqual([]);

      // Everything the killed hosts acknowledged is there.
      const lost: string[] = [];
      for (const { request, answer } of acknowledged) {
        const data = answer.body.data;
        if (request.name === 'coupon') {
          const found = await rows(
            store,
            'select 1 from coupon where id = $1 and owner_openid = $2',
            [data.coupon.id, request.persona],
          );
          if (found.length === 0) lost.push(`coupon ${data.coupon.id} of ${request.persona}`);
        } else if (request.label === 'bargain help') {
          const found = await rows(
            store,
            'select 1 from bargain_help where bargain_id = $1 and helper_openid = $2 and cut_fen = $3',
            [request.event.bargainId, request.persona, data.cutFen],
          );
          if (found.length === 0)
            lost.push(`help of ${request.persona} on ${String(request.event.bargainId)}`);
        } else if (request.label === 'assist help') {
          const found = await rows(
            store,
            'select 1 from assist_help where assist_id = $1 and helper_openid = $2',
            [request.event.assistId, request.persona],
          );
          if (found.length === 0)
            lost.push(`help of ${request.persona} on ${String(request.event.assistId)}`);
        } else {
          const found = await rows(store, 'select 1 from bargain where id = $1', [data.bargain.id]);
          if (found.length === 0) lost.push(`bargain ${data.bargain.id}`);
        }
      }
      expect(lost).toEqual([]);

      // And the workload is complete: every bargain and assist done once, every claim once.
      expect(
        await rows(
          store,
          `select status, count(*)::int as n, count(reward_coupon_id)::int as rewards
             from bargain where id = any($1::text[]) group by status`,
          [bargains],
        ),
      ).toEqual([{ status: 'completed', n: BARGAINS, rewards: BARGAINS }]);
      expect(
        await rows(
          store,
          `select status, count(*)::int as n, count(reward_coupon_id)::int as rewards
             from assist where id = any($1::text[]) group by status`,
          [assists],
        ),
      ).toEqual([{ status: 'completed', n: ASSISTS, rewards: ASSISTS }]);
      expect(
        await rows(
          store,
          `select t.issued, (select count(*)::int from coupon c where c.template_id = t.id) as coupons
             from coupon_template t where t.id = 'demo-welcome'`,
        ),
      ).toEqual([{ issued: CLAIMERS, coupons: CLAIMERS }]);
    } finally {
      await store.close();
    }
  });
});
