import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { openStore } from '../../cloudfunctions/store/open-store';
import type { Store } from '../../cloudfunctions/store/store';

export type StoreKind = 'pglite' | 'pg';

export interface TestStore {
  store: Store;
  close(): Promise<void>;
}

/** The stores a suite runs on: PGlite always; the PostgreSQL server too when DATABASE_URL is set. */
export function storeKinds(): StoreKind[] {
  return process.env.DATABASE_URL ? ['pglite', 'pg'] : ['pglite'];
}

/**
 * A migrated, empty store. On the server each test file gets a schema of its own, dropped on
 * close, so parallel jest workers never see each other's rows.
 */
export async function openTestStore(
  kind: StoreKind,
  options: { poolMax?: number } = {},
): Promise<TestStore> {
  if (kind === 'pglite') {
    const store = await openStore({});
    return { store, close: () => store.close() };
  }
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('DATABASE_URL is needed for the pg store');
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const admin = new Client({ connectionString: databaseUrl });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  await admin.end();
  const store = await openStore({
    databaseUrl,
    searchPath: schema,
    poolMax: options.poolMax ?? 20,
  });
  return {
    store,
    async close() {
      await store.close();
      const cleanup = new Client({ connectionString: databaseUrl });
      await cleanup.connect();
      await cleanup.query(`drop schema ${schema} cascade`);
      await cleanup.end();
    },
  };
}
