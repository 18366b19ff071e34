import { PGlite } from '@electric-sql/pglite';
import type { Sql, Store } from './store';
import { lockDataDir } from './data-dir-lock';

/**
 * Embedded PostgreSQL (WASM). `dataDir` undefined means in memory. PGlite runs one
 * transaction at a time on its single connection, so it cannot reveal a missing row lock:
 * concurrency tests run against a PostgreSQL server.
 */
export async function openPgliteStore(dataDir?: string): Promise<Store> {
  const release = dataDir ? lockDataDir(dataDir) : () => {};
  let db: PGlite;
  try {
    db = await PGlite.create(dataDir);
  } catch (error) {
    release();
    throw error;
  }
  const run = async <T extends object>(
    target: Pick<PGlite, 'query'>,
    text: string,
    params?: readonly unknown[],
  ): Promise<T[]> => (await target.query<T>(text, params as unknown[] | undefined)).rows;

  return {
    kind: 'pglite',
    query: (text, params) => run(db, text, params),
    transaction: (fn) =>
      db.transaction((tx) => {
        const sql: Sql = {
          query: (text, params) => run(tx, text, params),
          exec: async (script) => {
            await tx.exec(script);
          },
        };
        return fn(sql);
      }),
    async exec(script) {
      await db.exec(script);
    },
    async close() {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
