import type { Sql, Store } from '../../cloudfunctions/store/store';

/** One statement a committed transaction ran, and how many rows it answered with. */
export interface Statement {
  text: string;
  rows: number;
}

export interface StoreSpy {
  /** The store to hand to the use cases (through `Deps`). */
  store: Store;
  /**
   * How many committed transactions ran a statement matching `pattern` that answered with at
   * least one row: e.g. how many calls saw a conditional `update … returning` take effect.
   */
  transactionsWhere(pattern: RegExp): number;
  /** Rows answered by statements matching `pattern`, summed over committed transactions. */
  rowsFrom(pattern: RegExp): number;
  reset(): void;
}

/**
 * Wraps a store to record what each transaction ran, kept only once the transaction committed
 * (a rolled-back write did not happen). Lets a concurrency test count how many callers
 * observed a one-time transition — a group completing, a deadline settling — from the outside,
 * without changing a line of the use cases.
 */
export function spyOnStore(store: Store): StoreSpy {
  let committed: Statement[][] = [];
  const recording = (sql: Sql, log: Statement[]): Sql => ({
    async query<T extends object>(text: string, params?: readonly unknown[]) {
      const rows = await sql.query<T>(text, params);
      log.push({ text, rows: rows.length });
      return rows;
    },
    exec: (script) => sql.exec(script),
  });
  const statements = (pattern: RegExp) =>
    committed.map((log) => log.filter((s) => pattern.test(s.text)));
  return {
    store: {
      kind: store.kind,
      async query<T extends object>(text: string, params?: readonly unknown[]) {
        const rows = await store.query<T>(text, params);
        committed.push([{ text, rows: rows.length }]);
        return rows;
      },
      exec: (script) => store.exec(script),
      async transaction(fn) {
        const log: Statement[] = [];
        const result = await store.transaction((tx) => fn(recording(tx, log)));
        committed.push(log);
        return result;
      },
      close: () => store.close(),
    },
    transactionsWhere: (pattern) =>
      statements(pattern).filter((log) => log.some((s) => s.rows > 0)).length,
    rowsFrom: (pattern) =>
      statements(pattern).reduce((n, log) => n + log.reduce((m, s) => m + s.rows, 0), 0),
    reset() {
      committed = [];
    },
  };
}
