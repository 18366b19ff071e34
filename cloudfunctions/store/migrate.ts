import type { Store } from './store';
import { migrations } from './migrations';

/**
 * Applies the plain-SQL migrations in order, each once, recording them in a table. An
 * advisory lock serialises cold starts of several function instances against one server.
 */
export async function migrate(store: Store): Promise<string[]> {
  await store.exec(
    `create table if not exists schema_migration (
       name text primary key,
       applied_at timestamptz not null default now()
     )`,
  );
  const applied: string[] = [];
  for (const migration of migrations) {
    const done = await store.transaction(async (tx) => {
      // Another instance may be migrating: wait for it however long it takes (the bounds of
      // pg-store are for requests, not for a cold start's schema change).
      await tx.query(`set local lock_timeout = 0`);
      await tx.query(`set local statement_timeout = 0`);
      await tx.query(`select pg_advisory_xact_lock(hashtext(current_schema() || ':migrate'))`);
      const inserted = await tx.query(
        'insert into schema_migration (name) values ($1) on conflict do nothing returning name',
        [migration.name],
      );
      if (inserted.length === 0) return false;
      await tx.exec(migration.sql);
      return true;
    });
    if (done) applied.push(migration.name);
  }
  return applied;
}
