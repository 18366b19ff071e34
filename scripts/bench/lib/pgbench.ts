import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { promisify } from 'node:util';

const run = promisify(execFile);

export const PGBENCH = process.env.PGBENCH ?? '/usr/bin/pgbench';
/** TPC-B scale 10 (1 M accounts, 10 branches), as measured in TECH-NOTES. */
const SCALE = 10;

export interface PgbenchRun {
  clients: number;
  tps: number;
  latencyAvgMs: number;
  seconds: number;
}

export function pgbenchInstalled(): boolean {
  try {
    fs.accessSync(PGBENCH, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** libpq's view of DATABASE_URL, with the pgbench tables kept in the bench's own schema. */
function libpqEnv(databaseUrl: string, schema: string): NodeJS.ProcessEnv {
  const url = new URL(databaseUrl);
  return {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || '5432',
    PGUSER: decodeURIComponent(url.username) || 'postgres',
    ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}),
    PGDATABASE: decodeURIComponent(url.pathname.slice(1)) || 'postgres',
    PGOPTIONS: `-c search_path=${schema}`,
  };
}

/**
 * pgbench's standard TPC-B-like transaction on the same server, in the bench's schema (its
 * pgbench_* tables are created there, and dropped with it). The yardstick every database
 * figure of the bench is divided by: same server, same moment, same connection count.
 */
export function pgbench(databaseUrl: string, schema: string) {
  const env = libpqEnv(databaseUrl, schema);
  let initialised: Promise<void> | undefined;
  return {
    init(): Promise<void> {
      initialised ??= run(PGBENCH, ['-i', '-q', '-n', '-s', String(SCALE)], {
        env,
        maxBuffer: 1 << 20,
      }).then(() => undefined);
      return initialised;
    },
    async tpcb(clients: number, seconds: number): Promise<PgbenchRun> {
      await this.init();
      const { stdout } = await run(
        PGBENCH,
        ['-n', '-c', String(clients), '-j', String(Math.min(clients, 2)), '-T', String(seconds)],
        { env, maxBuffer: 1 << 20 },
      );
      const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(stdout)?.[1];
      const latency = /latency average = ([\d.]+) ms/.exec(stdout)?.[1];
      if (!tps) throw new Error(`pgbench printed no tps:\n${stdout}`);
      return { clients, tps: Number(tps), latencyAvgMs: Number(latency), seconds };
    },
  };
}
