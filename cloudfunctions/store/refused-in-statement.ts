/**
 * A statement that re-checked a decision and found it no longer holds raises through
 * fission_refuse (migration 008) and rolls back whole. This reads the code it carried.
 */
export function refusedInStatement(error: unknown): string | null {
  if (typeof error !== 'object' || error === null) return null;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (code !== 'P0001' || typeof message !== 'string') return null;
  const match = /^fission_refused:([A-Z_]+)$/.exec(message);
  return match ? (match[1] as string) : null;
}

/** `$1, $2, …` in order of use, for statements composed from parts. */
export function sqlParams() {
  const values: unknown[] = [];
  return {
    values,
    add(value: unknown): string {
      values.push(value);
      return `$${values.length}`;
    },
  };
}

export type SqlParams = ReturnType<typeof sqlParams>;
