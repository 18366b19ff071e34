/**
 * The one port to PostgreSQL. Two adapters run the same SQL: PGlite (embedded, file-backed,
 * one process) and a PostgreSQL server through `pg`. Use cases see only this interface.
 */
export type Row = Record<string, unknown>;

export interface Sql {
  /** One parameterised statement ($1, $2, …). */
  query<T extends object = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** A multi-statement script without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export interface Store extends Sql {
  readonly kind: 'pglite' | 'pg';
  /**
   * Runs `fn` in one transaction (READ COMMITTED). Anything thrown rolls it back, so a use
   * case refuses by throwing an AppError and nothing it wrote survives.
   */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
