import { createHash } from 'node:crypto';
import { Pool, type PoolConfig } from 'pg';
import type { Sql, Store } from './store';

export interface PgStoreOptions {
  connectionString: string;
  /** Each function instance keeps a small pool: a pooler sits in front in production. */
  max?: number;
  /** Tests isolate themselves in a schema of their own. */
  searchPath?: string;
  /** Bounds on every connection; a call that runs into one answers 503 BUSY. */
  timeouts?: Partial<PgTimeouts>;
}

export interface PgTimeouts {
  /** Longest wait for a pooled connection (pg-pool's connectionTimeoutMillis). */
  acquireMs: number;
  /** Longest wait for a row or table lock (the server's lock_timeout). */
  lockMs: number;
  /** Longest any one statement may run (the server's statement_timeout). */
  statementMs: number;
}

/**
 * Defaults for the local host and tests, where one process and one pool may take a storm of
 * hundreds of simultaneous calls: a hot row is locked for one statement, so the queue drains,
 * but on a busy machine it can take seconds. Each bound still turns a stuck database into a
 * 503 BUSY instead of a hang.
 */
export const DEFAULT_PG_TIMEOUTS: PgTimeouts = {
  acquireMs: 10_000,
  lockMs: 3_000,
  statementMs: 15_000,
};

/**
 * In WeChat a call is cut off at the function's timeout (3 s unless configured): every bound
 * sits below it, so the shopper gets a BUSY they can retry rather than a platform timeout.
 */
export const WECHAT_PG_TIMEOUTS: PgTimeouts = {
  acquireMs: 1_500,
  lockMs: 1_000,
  statementMs: 2_500,
};

/** `FISSION_PG_ACQUIRE_TIMEOUT_MS`, `FISSION_PG_LOCK_TIMEOUT_MS`, `FISSION_PG_STATEMENT_TIMEOUT_MS`. */
export function pgTimeoutsFromEnv(env: NodeJS.ProcessEnv = process.env): Partial<PgTimeouts> {
  const read = (name: string): number | undefined => {
    const value = env[name];
    if (value === undefined || value === '') return undefined;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0) throw new Error(`${name} must be a whole number of ms`);
    return n;
  };
  const timeouts: Partial<PgTimeouts> = {};
  const acquireMs = read('FISSION_PG_ACQUIRE_TIMEOUT_MS');
  const lockMs = read('FISSION_PG_LOCK_TIMEOUT_MS');
  const statementMs = read('FISSION_PG_STATEMENT_TIMEOUT_MS');
  if (acquireMs !== undefined) timeouts.acquireMs = acquireMs;
  if (lockMs !== undefined) timeouts.lockMs = lockMs;
  if (statementMs !== undefined) timeouts.statementMs = statementMs;
  return timeouts;
}

const names = new Map<string, string>();

/**
 * Every statement is prepared under a name derived from its text, once per connection: the
 * hot actions' one-statement writes are long (a dozen CTEs), and planning them afresh cost
 * more than running them. Texts never embed values (all are $n parameters), so the set of
 * names stays as small as the set of statements in the code.
 */
function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    name = `f_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`;
    names.set(text, name);
  }
  return name;
}

export function openPgStore(options: PgStoreOptions): Store {
  const timeouts = { ...DEFAULT_PG_TIMEOUTS, ...options.timeouts };
  const config: PoolConfig = {
    connectionString: options.connectionString,
    max: options.max ?? 5,
    idleTimeoutMillis: 30_000,
    connectionTimeoutMillis: timeouts.acquireMs,
    // Sent in the startup packet: every connection has them before its first statement.
    options: [
      `-c lock_timeout=${timeouts.lockMs}`,
      `-c statement_timeout=${timeouts.statementMs}`,
      ...(options.searchPath ? [`-c search_path=${options.searchPath}`] : []),
    ].join(' '),
  };
  const pool = new Pool(config);
  // An idle client that loses its connection emits 'error' on the pool; without a listener
  // that would crash the process. The next checkout simply gets a fresh connection.
  pool.on('error', () => {});
  // A checked-out client whose connection dies emits 'error' too, and an 'error' event with
  // no listener kills the process. Its pending query rejects anyway, which rolls back and
  // discards the client (see transaction), so the listener only has to exist.
  pool.on('connect', (client) => {
    client.on('error', () => {});
  });

  const run = async <T extends object>(
    client: Pick<Pool, 'query'>,
    text: string,
    params?: readonly unknown[],
  ): Promise<T[]> =>
    (
      await client.query<T>({
        name: statementName(text),
        text,
        values: params as unknown[] | undefined,
      })
    ).rows;

  return {
    kind: 'pg',
    query: (text, params) => run(pool, text, params),
    async transaction(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        await client.query('begin');
        const tx: Sql = {
          query: (text, params) => run(client, text, params),
          exec: async (script) => {
            await client.query(script);
          },
        };
        const result = await fn(tx);
        await client.query('commit');
        return result;
      } catch (error) {
        try {
          await client.query('rollback');
        } catch (rollbackError) {
          // The connection is gone (or poisoned): never hand it back to the pool.
          broken = rollbackError as Error;
        }
        throw error;
      } finally {
        client.release(broken);
      }
    },
    async exec(script) {
      await pool.query(script);
    },
    close: () => pool.end(),
  };
}
