import type { Sql } from '../../cloudfunctions/store/store';

export type DbSnapshot = Record<string, unknown[]>;

/** Every table of the store's schema (the test schema on the server, `public` on PGlite). */
export async function tableNames(sql: Sql): Promise<string[]> {
  const rows = await sql.query<{ table_name: string }>(
    `select table_name from information_schema.tables
      where table_schema = current_schema() and table_type = 'BASE TABLE'
      order by table_name`,
  );
  return rows.map((r) => r.table_name);
}

/** Row counts of every table: the cheap "did anything happen" check. */
export async function rowCounts(sql: Sql): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of await tableNames(sql)) {
    const [row] = await sql.query<{ n: number }>(`select count(*)::int as n from ${table}`);
    counts[table] = row?.n ?? 0;
  }
  return counts;
}

/**
 * Every row of every table, in a stable order, in one round trip: equal snapshots mean nothing
 * was inserted, deleted or updated (a refused request that bumped a counter and then failed
 * shows up here, where row counts alone would miss it).
 */
export async function snapshotDb(sql: Sql): Promise<DbSnapshot> {
  const tables = await tableNames(sql);
  const columns = tables.map(
    (t) => `(select coalesce(json_agg(r order by r::text), '[]'::json) from ${t} r) as "${t}"`,
  );
  const [row] = await sql.query<DbSnapshot>(`select ${columns.join(', ')}`);
  return row ?? {};
}

/** Expects every row of every table as it was in `before`. */
export async function expectNothingChanged(sql: Sql, before: DbSnapshot): Promise<void> {
  expect(await snapshotDb(sql)).toEqual(before);
}
