import { pgbench, pgbenchInstalled, PGBENCH, type PgbenchRun } from '../lib/pgbench';
import { fmt, type BenchContext, type ScenarioReport } from '../lib/report';
import { median } from '../lib/stats';

export const PGBENCH_CLIENTS = [1, 16] as const;

export interface PgbenchSummary {
  clients: number;
  tps: number;
  latencyAvgMs: number;
}

/**
 * Scenario 0: pgbench TPC-B on the same server with the connection counts the other scenarios
 * use, so their figures can be read as ratios measured in the same run.
 */
export async function pgbenchTpcb(context: BenchContext): Promise<ScenarioReport> {
  const { options, stores, log } = context;
  const skipped = (why: string): ScenarioReport => ({
    name: 'pgbench',
    sections: [
      {
        title: '0. pgbench TPC-B (the yardstick)',
        columns: ['clients', 'tps'],
        rows: [],
        notes: [why],
      },
    ],
    data: { skipped: why },
  });
  if (!stores.databaseUrl) return skipped('needs the PostgreSQL server: set DATABASE_URL.');
  if (!pgbenchInstalled())
    return skipped(
      `${PGBENCH} is not installed (apt-get install postgresql-client or postgresql-15).`,
    );
  const bench = pgbench(stores.databaseUrl, await stores.pgSchema());
  log('pgbench init (TPC-B scale 10) in the bench schema');
  await bench.init();
  const seconds = options.quick ? 3 : 8;
  const runs: PgbenchRun[] = [];
  for (let rep = 1; rep <= options.repetitions; rep += 1) {
    for (const clients of PGBENCH_CLIENTS) {
      const r = await bench.tpcb(clients, seconds);
      runs.push(r);
      log(
        `pgbench ×${String(clients).padEnd(2)} rep ${rep}/${options.repetitions}: ${fmt.ops(r.tps)} tps, latency avg ${fmt.ms(r.latencyAvgMs)} ms`,
      );
    }
  }
  const summary: PgbenchSummary[] = PGBENCH_CLIENTS.map((clients) => {
    const mine = runs.filter((r) => r.clients === clients);
    return {
      clients,
      tps: median(mine.map((r) => r.tps)),
      latencyAvgMs: median(mine.map((r) => r.latencyAvgMs)),
    };
  });
  return {
    name: 'pgbench',
    sections: [
      {
        title: `0. pgbench TPC-B, scale 10, ${seconds} s per run, same server (median of ${options.repetitions})`,
        columns: ['clients', 'tps', 'latency avg ms'],
        rows: summary.map((s) => [String(s.clients), fmt.ops(s.tps), fmt.ms(s.latencyAvgMs)]),
        notes: [
          '5 statements + BEGIN/COMMIT per transaction; the yardstick of the ratios in "targets".',
        ],
      },
    ],
    data: { seconds, runs, summary },
  };
}
