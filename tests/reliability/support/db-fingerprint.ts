import type { Sql } from '../../../cloudfunctions/store/store';
import { tableNames } from '../../support/db-snapshot';

/** Per table: its row count and an md5 over every row, so any insert, update or delete shows. */
export type DbFingerprint = Record<string, string>;

const queries = new WeakMap<Sql, Promise<string>>();

async function fingerprintQuery(sql: Sql): Promise<string> {
  const tables = await tableNames(sql);
  return tables
    .map(
      (t) =>
        `select '${t}' as t, count(*)::int as n,
                coalesce(md5(string_agg(x::text, '|' order by x::text)), '') as h
           from ${t} x`,
    )
    .join(' union all ');
}

/**
 * The whole store in one round trip: cheap enough to take before and after every fuzzed call.
 * (tests/support/db-snapshot.ts keeps whole rows; a digest is enough to say "nothing changed".)
 */
export async function fingerprint(sql: Sql): Promise<DbFingerprint> {
  let query = queries.get(sql);
  if (!query) {
    query = fingerprintQuery(sql);
    queries.set(sql, query);
  }
  const rows = await sql.query<{ t: string; n: number; h: string }>(await query);
  return Object.fromEntries(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

/** The tables whose digest differs, for a readable failure. */
export function changedTables(before: DbFingerprint, after: DbFingerprint): string[] {
  const tables = new Set([...Object.keys(before), ...Object.keys(after)]);
  return [...tables].filter((t) => before[t] !== after[t]).sort();
}
