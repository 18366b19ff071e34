import type { Store } from './store';
import { openPgStore, type PgTimeouts } from './pg-store';
import { openPgliteStore } from './pglite-store';
import { migrate } from './migrate';

export interface OpenStoreOptions {
  databaseUrl?: string;
  dataDir?: string;
  searchPath?: string;
  poolMax?: number;
  /** Bounds on waits; PGlite takes only `acquireMs` (see pglite-store.ts). */
  timeouts?: Partial<PgTimeouts>;
}

/** `DATABASE_URL` set: a PostgreSQL server. Otherwise PGlite in `dataDir`. Migrated either way. */
export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const store = options.databaseUrl
    ? openPgStore({
        connectionString: options.databaseUrl,
        searchPath: options.searchPath,
        max: options.poolMax,
        timeouts: options.timeouts,
      })
    : await openPgliteStore(options.dataDir, { acquireTimeoutMs: options.timeouts?.acquireMs });
  try {
    await migrate(store);
  } catch (error) {
    await store.close();
    throw error;
  }
  return store;
}
