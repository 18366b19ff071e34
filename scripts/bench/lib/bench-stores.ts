import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { openStore } from '../../../cloudfunctions/store/open-store';
import type { Store } from '../../../cloudfunctions/store/store';

export type StoreKind = 'pglite' | 'pg';

export interface BenchStores {
  kinds: StoreKind[];
  /** One PGlite store for the whole bench (a fresh one costs ≈ 2.5 s and ≈ 850 MB); one pg store per pool size. */
  open(kind: StoreKind, poolMax?: number): Promise<Store>;
  /** The server schema every pg store of this run uses (created on first use). */
  pgSchema(): Promise<string>;
  databaseUrl: string | undefined;
  closeAll(): Promise<void>;
}

async function withClient<T>(databaseUrl: string, fn: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/**
 * The stores a bench run measures: in-memory PGlite always, the PostgreSQL server when
 * DATABASE_URL is set, in a schema of its own that is dropped at the end, so a bench never
 * touches (or leaves) rows in the database's own tables.
 */
export function benchStores(databaseUrl: string | undefined): BenchStores {
  const opened = new Map<string, Promise<Store>>();
  let schema: Promise<string> | undefined;

  const pgSchema = () => {
    if (!databaseUrl) throw new Error('DATABASE_URL is needed for the pg store');
    schema ??= withClient(databaseUrl, async (client) => {
      const name = `bench_${randomUUID().replace(/-/g, '').slice(0, 12)}`;
      await client.query(`create schema ${name}`);
      return name;
    });
    return schema;
  };

  return {
    kinds: databaseUrl ? ['pglite', 'pg'] : ['pglite'],
    databaseUrl,
    pgSchema,
    open(kind, poolMax = 1) {
      const key = kind === 'pglite' ? kind : `${kind}:${poolMax}`;
      let store = opened.get(key);
      if (!store) {
        store =
          kind === 'pglite'
            ? openStore({})
            : pgSchema().then((searchPath) => openStore({ databaseUrl, searchPath, poolMax }));
        opened.set(key, store);
      }
      return store;
    },
    async closeAll() {
      const stores = await Promise.allSettled(opened.values());
      opened.clear();
      for (const s of stores) if (s.status === 'fulfilled') await s.value.close();
      if (schema && databaseUrl) {
        const name = await schema;
        schema = undefined;
        await withClient(databaseUrl, (client) => client.query(`drop schema ${name} cascade`));
      }
    },
  };
}
