import autocannon from 'autocannon';
import { performance } from 'node:perf_hooks';
import { systemClock, type Deps } from '../../../cloudfunctions/usecases/deps';
import { startBenchHost, type BenchHostClient } from '../lib/bench-host-client';
import type { StoreKind } from '../lib/bench-stores';
import { helpOnce } from '../lib/help-op';
import { prepareBargains } from '../lib/prepare-bargains';
import { fmt, type BenchContext, type ScenarioReport } from '../lib/report';
import { runLoad } from '../lib/run-load';
import { median, medianOfRuns, ratio, summarizeLatencies } from '../lib/stats';

const METRICS = [
  'inProcessOps',
  'inProcessP50',
  'inProcessP99',
  'httpOps',
  'httpP50',
  'httpP99',
  'httpFailed',
] as const;
type Metrics = Record<(typeof METRICS)[number], number>;

/** Spread helps, so what differs between the two runs is the host and not a row lock. */
const bargainsFor = (expected: number, connections: number) =>
  Math.max(32, 2 * connections, Math.ceil(expected / 95));

async function inProcess(deps: Deps, connections: number, durationMs: number, tag: string) {
  const { bargainIds } = await prepareBargains(deps, 64, tag);
  const result = await runLoad({
    workers: connections,
    durationMs,
    op: async (i) =>
      (await helpOnce(deps, bargainIds[i % bargainIds.length] as string, `${tag}-h${i}`)).outcome,
  });
  const ok = result.latencies.ok ?? [];
  return { opsPerSec: ok.length / (result.elapsedMs / 1000), latency: summarizeLatencies(ok) };
}

/**
 * autocannon against POST /api/bargain, every request a help from a new persona. Latencies
 * come from its per-response event (sub-millisecond), not its whole-millisecond histogram.
 */
async function overHttp(
  host: BenchHostClient,
  connections: number,
  durationMs: number,
  bargainIds: string[],
  tag: string,
) {
  let n = 0;
  const ok: number[] = [];
  const statuses: Record<number, number> = {};
  const instance = autocannon({
    url: host.url,
    connections,
    duration: durationMs / 1000,
    requests: [
      {
        method: 'POST',
        path: '/api/bargain',
        setupRequest: (request) => {
          const i = n;
          n += 1;
          return {
            ...request,
            headers: { 'content-type': 'application/json', 'x-fission-openid': `${tag}-h${i}` },
            body: JSON.stringify({ action: 'help', bargainId: bargainIds[i % bargainIds.length] }),
          };
        },
      },
    ],
  });
  instance.on('response', (_client, status, _bytes, ms) => {
    statuses[status] = (statuses[status] ?? 0) + 1;
    if (status === 200) ok.push(ms);
  });
  const started = performance.now();
  const result = await instance;
  const seconds = (performance.now() - started) / 1000;
  return {
    opsPerSec: ok.length / seconds,
    latency: summarizeLatencies(ok),
    failed: result.errors + result.timeouts + result.non2xx,
    statuses,
  };
}

/** Scenario 3: the same help over the local host on loopback vs called in-process. */
export async function httpHost(context: BenchContext): Promise<ScenarioReport> {
  const { options, stores, log, root } = context;
  const durationMs = options.quick ? 1500 : 4000;
  const configs: { store: StoreKind; connections: number }[] = stores.kinds.flatMap(
    (store): { store: StoreKind; connections: number }[] =>
      store === 'pglite'
        ? [{ store, connections: 1 }]
        : [1, 16].map((connections) => ({ store, connections })),
  );
  const runs: ({
    store: StoreKind;
    connections: number;
    rep: number;
    statuses: Record<number, number>;
  } & { metrics: Metrics })[] = [];

  for (const kind of stores.kinds) {
    const host = await startBenchHost(root, {
      DATABASE_URL: kind === 'pg' ? (stores.databaseUrl ?? '') : '',
      BENCH_SEARCH_PATH: kind === 'pg' ? await stores.pgSchema() : '',
      BENCH_POOL_MAX: '16',
    });
    try {
      log(`http   ${kind.padEnd(6)} host up at ${host.url}`);
      // Warms the host's JIT and store before anything is measured.
      await overHttp(
        host,
        4,
        options.quick ? 500 : 1000,
        await host.prepare(32, `hw${kind}`),
        `hw${kind}`,
      );
      for (const { connections } of configs.filter((c) => c.store === kind)) {
        const deps: Deps = { store: await stores.open(kind, connections), clock: systemClock };
        await inProcess(deps, connections, 300, `iw${kind}${connections}`);
        for (let rep = 1; rep <= options.repetitions; rep += 1) {
          const tag = `${kind}${connections}x${rep}r${Date.now().toString(36)}`;
          const local = await inProcess(deps, connections, durationMs, `i${tag}`);
          const expected = Math.ceil(local.opsPerSec * (durationMs / 1000) * 3) + connections;
          const ids = await host.prepare(bargainsFor(expected, connections), `a${tag}`);
          const http = await overHttp(host, connections, durationMs, ids, `a${tag}`);
          const metrics: Metrics = {
            inProcessOps: local.opsPerSec,
            inProcessP50: local.latency.p50,
            inProcessP99: local.latency.p99,
            httpOps: http.opsPerSec,
            httpP50: http.latency.p50,
            httpP99: http.latency.p99,
            httpFailed: http.failed,
          };
          runs.push({ store: kind, connections, rep, metrics, statuses: http.statuses });
          log(
            `http   ${kind.padEnd(6)} ×${String(connections).padEnd(2)} rep ${rep}/${options.repetitions}: ` +
              `in-process ${fmt.ops(local.opsPerSec)} ops/s p50 ${fmt.ms(local.latency.p50)} ms; ` +
              `HTTP ${fmt.ops(http.opsPerSec)} ops/s p50 ${fmt.ms(http.latency.p50)} ms p99 ${fmt.ms(http.latency.p99)} ms` +
              (http.failed ? `  (${http.failed} failed: ${JSON.stringify(http.statuses)})` : ''),
          );
        }
      }
    } finally {
      await host.stop();
    }
  }

  const summary = configs.map(({ store, connections }) => {
    const mine = runs
      .filter((r) => r.store === store && r.connections === connections)
      .map((r) => r.metrics);
    // Paired per repetition (the two runs were back to back), then the median.
    return {
      store,
      connections,
      ...medianOfRuns(mine, METRICS),
      opsRatio: median(mine.map((m) => ratio(m.httpOps, m.inProcessOps))),
      addedP50: median(mine.map((m) => m.httpP50 - m.inProcessP50)),
    };
  });

  return {
    name: 'http',
    sections: [
      {
        title: `3. bargain.help over the local host (autocannon, ${durationMs / 1000} s per run) vs in-process (median of ${options.repetitions})`,
        columns: [
          'store',
          'conns',
          'in-proc ops/s',
          'HTTP ops/s',
          'HTTP/in-proc',
          'in-proc p50',
          'HTTP p50',
          'host adds p50',
          'in-proc p99',
          'HTTP p99',
          'failed',
        ],
        rows: summary.map((s) => [
          s.store,
          String(s.connections),
          fmt.ops(s.inProcessOps),
          fmt.ops(s.httpOps),
          fmt.ratio(s.opsRatio),
          fmt.ms(s.inProcessP50),
          fmt.ms(s.httpP50),
          fmt.ms(s.addedP50),
          fmt.ms(s.inProcessP99),
          fmt.ms(s.httpP99),
          fmt.count(s.httpFailed),
        ]),
        notes: [
          'latencies in ms. The host runs in a child process (its own core); in-process runs in the bench process.',
          'conns: concurrent HTTP connections, or in-process workers (pool size = conns in-process; the host pools 16).',
        ],
      },
    ],
    data: { durationMs, runs, summary },
    problems: runs
      .filter((r) => r.metrics.httpFailed > 0)
      .map(
        (r) =>
          `${r.store} ×${r.connections} rep ${r.rep}: ${r.metrics.httpFailed} requests failed (statuses ${JSON.stringify(r.statuses)})`,
      ),
  };
}
