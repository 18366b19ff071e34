import { PGlite } from '@electric-sql/pglite';
import type { Sql, Store } from './store';
import { lockDataDir } from './data-dir-lock';
import { AcquireTimeoutError } from './store-failure';

export interface PgliteStoreOptions {
  /**
   * Longest wait for the single connection. PGlite has no lock waits (one transaction at a
   * time) and cannot cancel a running statement (statement_timeout never fires in WASM), so
   * this is the one bound that means something here.
   */
  acquireTimeoutMs?: number;
}

export const DEFAULT_PGLITE_ACQUIRE_TIMEOUT_MS = 10_000;

/**
 * One holder at a time, in arrival order; a waiter that is not served within `timeoutMs`
 * leaves the queue and fails with AcquireTimeoutError (a 503 BUSY), instead of hanging.
 */
function connectionTurns(timeoutMs: number) {
  let busy = false;
  const waiting: (() => void)[] = [];
  const release = () => {
    const next = waiting.shift();
    if (next) next();
    else busy = false;
  };
  const acquire = (): Promise<void> => {
    if (!busy) {
      busy = true;
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const turn = () => {
        clearTimeout(timer);
        resolve();
      };
      const timer = setTimeout(() => {
        const at = waiting.indexOf(turn);
        if (at >= 0) waiting.splice(at, 1);
        reject(new AcquireTimeoutError(timeoutMs));
      }, timeoutMs);
      waiting.push(turn);
    });
  };
  return async <T>(fn: () => Promise<T>): Promise<T> => {
    await acquire();
    try {
      return await fn();
    } finally {
      release();
    }
  };
}

/**
 * Embedded PostgreSQL (WASM). `dataDir` undefined means in memory. PGlite runs one
 * transaction at a time on its single connection, so it cannot reveal a missing row lock:
 * concurrency tests run against a PostgreSQL server.
 */
export async function openPgliteStore(
  dataDir?: string,
  options: PgliteStoreOptions = {},
): Promise<Store> {
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
  const inTurn = connectionTurns(options.acquireTimeoutMs ?? DEFAULT_PGLITE_ACQUIRE_TIMEOUT_MS);

  return {
    kind: 'pglite',
    query: (text, params) => inTurn(() => run(db, text, params)),
    transaction: (fn) =>
      inTurn(() =>
        db.transaction((tx) => {
          const sql: Sql = {
            query: (text, params) => run(tx, text, params),
            exec: async (script) => {
              await tx.exec(script);
            },
          };
          return fn(sql);
        }),
      ),
    exec: (script) =>
      inTurn(async () => {
        await db.exec(script);
      }),
    async close() {
      try {
        await db.close();
      } finally {
        release();
      }
    },
  };
}
