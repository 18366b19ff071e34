import { systemClock, type Deps } from '../../../cloudfunctions/usecases/deps';
import type { StoreKind } from '../lib/bench-stores';
import { helpOnce, hotTarget } from '../lib/help-op';
import { prepareBargains } from '../lib/prepare-bargains';
import { fmt, type BenchContext, type ScenarioReport } from '../lib/report';
import { runLoad, type LoadResult } from '../lib/run-load';
import { median, medianOfRuns, ratio, summarizeLatencies } from '../lib/stats';

type Shape = 'hot' | 'spread';
const SHAPES: Shape[] = ['hot', 'spread'];
const METRICS = ['opsPerSec', 'p50', 'p99', 'refused'] as const;
type Metrics = Record<(typeof METRICS)[number], number>;

interface Config {
  store: StoreKind;
  workers: number;
}

/** PGlite runs one transaction at a time, so only the server gets concurrent workers. */
export function helpConfigs(kinds: readonly StoreKind[]): Config[] {
  return kinds.flatMap((store): Config[] =>
    store === 'pglite'
      ? [{ store, workers: 1 }]
      : [1, 4, 16].map((workers) => ({ store, workers })),
  );
}

export function metricsOf(result: LoadResult): Metrics {
  const ok = result.latencies.ok ?? [];
  const latency = summarizeLatencies(ok);
  const total = Object.values(result.outcomes).reduce((a, b) => a + b, 0);
  return {
    opsPerSec: ok.length / (result.elapsedMs / 1000),
    p50: latency.p50,
    p99: latency.p99,
    refused: total - ok.length,
  };
}

/**
 * Bargains to prepare for about `expected` helps. Hot: one per 100 helps (more are started if
 * they run out). Spread: round-robin over enough bargains that the helps in flight always hit
 * different rows and none reaches 100 helps (it stays open).
 */
function bargainCount(shape: Shape, expected: number, workers: number): number {
  return shape === 'hot'
    ? Math.ceil(expected / 100) + 1
    : Math.max(32, 2 * workers, Math.ceil(expected / 95));
}

interface RunSpec {
  shape: Shape;
  workers: number;
  /** Helps expected in the run, to size the prepared bargains. */
  expected: number;
  total?: number;
  durationMs?: number;
  tag: string;
}

async function runShape(deps: Deps, spec: RunSpec): Promise<LoadResult> {
  const { shape, workers, tag } = spec;
  const { bargainIds, startOne } = await prepareBargains(
    deps,
    bargainCount(shape, spec.expected, workers),
    tag,
  );
  const hot = hotTarget(bargainIds, startOne);
  return runLoad({
    workers,
    total: spec.total,
    durationMs: spec.durationMs,
    async op(i) {
      const helper = `${tag}-h${i}`;
      if (shape === 'spread') {
        return (await helpOnce(deps, bargainIds[i % bargainIds.length] as string, helper)).outcome;
      }
      const id = await hot.current();
      const { outcome, completed } = await helpOnce(deps, id, helper);
      if (completed || outcome === 'CLOSED') hot.moveOnFrom(id);
      return outcome;
    },
  });
}

const describeRefusals = (outcomes: Record<string, number>) =>
  Object.entries(outcomes)
    .filter(([k]) => k !== 'ok')
    .map(([k, n]) => `${n} ${k}`)
    .join(', ');

/** Scenario 1: bargain.help in-process, one hot bargain vs helps spread over many. */
export async function helpTransactions(context: BenchContext): Promise<ScenarioReport> {
  const { options, stores, log } = context;
  const durationMs = options.quick ? 700 : 2500;
  const configs = helpConfigs(stores.kinds);
  const runs: {
    store: StoreKind;
    workers: number;
    shape: Shape;
    rep: number;
    metrics: Metrics;
    outcomes: Record<string, number>;
    elapsedMs: number;
  }[] = [];

  for (const { store: kind, workers } of configs) {
    const store = await stores.open(kind, workers);
    const deps: Deps = { store, clock: systemClock };
    // Warms the JIT and the store's caches, and sizes the prepared bargains (×3 for safety).
    const warm = metricsOf(
      await runShape(deps, {
        shape: 'spread',
        workers,
        expected: 60,
        total: 60,
        tag: `w${kind}${workers}`,
      }),
    );
    const expected = Math.ceil(warm.opsPerSec * (durationMs / 1000) * 3) + workers;
    for (let rep = 1; rep <= options.repetitions; rep += 1) {
      for (const shape of SHAPES) {
        const tag = `${kind}${workers}${shape[0]}${rep}r${Date.now().toString(36)}`;
        const result = await runShape(deps, { shape, workers, expected, durationMs, tag });
        const metrics = metricsOf(result);
        runs.push({
          store: kind,
          workers,
          shape,
          rep,
          metrics,
          outcomes: result.outcomes,
          elapsedMs: result.elapsedMs,
        });
        const refusals = describeRefusals(result.outcomes);
        log(
          `help   ${kind.padEnd(6)} ×${String(workers).padEnd(2)} ${shape.padEnd(6)} rep ${rep}/${options.repetitions}: ` +
            `${fmt.ops(metrics.opsPerSec)} ops/s  p50 ${fmt.ms(metrics.p50)} ms  p99 ${fmt.ms(metrics.p99)} ms` +
            (refusals ? `  (refused: ${refusals})` : ''),
        );
      }
    }
  }

  const summary = configs.flatMap(({ store, workers }) =>
    SHAPES.map((shape) => ({
      store,
      workers,
      shape,
      ...medianOfRuns(
        runs
          .filter((r) => r.store === store && r.workers === workers && r.shape === shape)
          .map((r) => r.metrics),
        METRICS,
      ),
    })),
  );
  const find = (store: StoreKind, workers: number, shape: Shape) =>
    summary.find((s) => s.store === store && s.workers === workers && s.shape === shape);

  const ratios: { comparison: string; value: number }[] = [];
  for (const { store, workers } of configs) {
    ratios.push({
      comparison: `hot / spread ops/s, ${store} ×${workers}`,
      // Paired: hot and spread of one repetition ran back to back, so drift in the machine's
      // load cancels out; the median of those per-repetition ratios is reported.
      value: median(
        Array.from({ length: options.repetitions }, (_, i) => {
          const pick = (shape: Shape) =>
            runs.find(
              (r) =>
                r.store === store && r.workers === workers && r.shape === shape && r.rep === i + 1,
            )?.metrics.opsPerSec;
          return ratio(pick('hot'), pick('spread'));
        }),
      ),
    });
  }
  if (stores.kinds.includes('pg')) {
    for (const shape of SHAPES) {
      ratios.push({
        comparison: `16 / 1 workers ops/s, pg ${shape}`,
        value: ratio(find('pg', 16, shape)?.opsPerSec, find('pg', 1, shape)?.opsPerSec),
      });
    }
  }

  return {
    name: 'help',
    sections: [
      {
        title: `1. bargain.help in-process (${durationMs / 1000} s per run, median of ${options.repetitions})`,
        columns: ['store', 'workers', 'shape', 'ops/s', 'p50 ms', 'p99 ms', 'refused'],
        rows: summary.map((s) => [
          s.store,
          String(s.workers),
          s.shape,
          fmt.ops(s.opsPerSec),
          fmt.ms(s.p50),
          fmt.ms(s.p99),
          fmt.count(s.refused),
        ]),
        notes: [
          'hot: everyone helps one 100-help bargain, then the next; spread: round-robin over many bargains.',
          'refused: helps that queued behind the completing one and found the bargain CLOSED.',
          ...(stores.kinds.includes('pg')
            ? []
            : ['set DATABASE_URL to add the PostgreSQL server with 1, 4 and 16 workers.']),
        ],
      },
      {
        title: '   help ratios',
        columns: ['comparison', 'ratio'],
        rows: ratios.map((r) => [r.comparison, fmt.ratio(r.value)]),
        notes: [
          'hot / spread: the median of per-repetition ratios; 16 / 1: the ratio of the medians.',
        ],
      },
    ],
    data: { durationMs, runs, summary, ratios },
  };
}
