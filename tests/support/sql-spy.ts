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

/** What one action sent: autocommit statements and transactions, in order. */
export type Unit = { kind: 'statement'; text: string } | { kind: 'transaction'; texts: string[] };

/**
 * The statements that lock a row many callers share — a bargain, an assist, a template's
 * budget, a group — when taken by an UPDATE or SELECT … FOR UPDATE. `for update of person`
 * locks only the caller's own campaign_user row, which queues no one else.
 */
export const HOT_ROW_LOCK =
  /\bupdate\s+(bargain|assist|coupon_template|group_buy|packet)\b|\bfor\s+(no\s+key\s+)?update\b(?!\s+of\s+person\b)/i;

export interface RoundTripSpy {
  store: Store;
  units(): Unit[];
  /** Round trips: one per statement, plus begin and commit for each transaction. */
  roundTrips(): number;
  /**
   * Most statements any transaction ran from its first hot-row lock to its end (the
   * lock-taking statement included; begin/commit not counted): 1 means the lock-taking
   * statement was the last. An autocommit statement holds its locks for itself only.
   */
  mostStatementsUnderHotLock(): number;
  reset(): void;
}

/** Wraps a store to record, per action, what it sent (whether it committed or not). */
export function spyOnRoundTrips(store: Store): RoundTripSpy {
  let units: Unit[] = [];
  return {
    store: {
      kind: store.kind,
      async query<T extends object>(text: string, params?: readonly unknown[]) {
        units.push({ kind: 'statement', text });
        return store.query<T>(text, params);
      },
      exec: (script) => store.exec(script),
      async transaction(fn) {
        const unit: Unit = { kind: 'transaction', texts: [] };
        units.push(unit);
        return store.transaction((tx) =>
          fn({
            query<T extends object>(text: string, params?: readonly unknown[]) {
              unit.texts.push(text);
              return tx.query<T>(text, params);
            },
            exec: (script) => tx.exec(script),
          }),
        );
      },
      close: () => store.close(),
    },
    units: () => units,
    roundTrips: () =>
      units.reduce((n, u) => n + (u.kind === 'statement' ? 1 : u.texts.length + 2), 0),
    mostStatementsUnderHotLock: () =>
      units.reduce((most, u) => {
        if (u.kind === 'statement') return Math.max(most, HOT_ROW_LOCK.test(u.text) ? 1 : 0);
        const first = u.texts.findIndex((t) => HOT_ROW_LOCK.test(t));
        return first < 0 ? most : Math.max(most, u.texts.length - first);
      }, 0),
    reset() {
      units = [];
    },
  };
}
