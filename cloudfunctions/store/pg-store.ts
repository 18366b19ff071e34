import { Pool, type PoolConfig } from 'pg';
import type { Sql, Store } from './store';

export interface PgStoreOptions {
  connectionString: string;
  /** Each function instance keeps a small pool: a pooler sits in front in production. */
  max?: number;
  /** Tests isolate themselves in a schema of their own. */
  searchPath?: string;
}

export function openPgStore(options: PgStoreOptions): Store {
  const config: PoolConfig = {
    connectionString: options.connectionString,
    max: options.max ?? 5,
    idleTimeoutMillis: 30_000,
  };
  if (options.searchPath) config.options = `-c search_path=${options.searchPath}`;
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
  ): Promise<T[]> => (await client.query<T>(text, params as unknown[] | undefined)).rows;

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
