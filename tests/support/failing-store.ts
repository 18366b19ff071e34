import type { Sql, Store } from '../../cloudfunctions/store/store';

/**
 * When the injected failure strikes the k-th statement: `before` it reaches the database (the
 * connection dropped as it was sent), or `after` it ran there but before its answer came back
 * (the connection dropped on the way back; an autocommit statement has committed by then, a
 * statement inside a transaction has not).
 */
export type FailureMoment = 'before' | 'after';

export interface FailingStore {
  /** The store to hand to the use cases (through `Deps`). */
  store: Store;
  /** Fail the k-th statement sent from now on (1-based), once; null sends everything. */
  failAt(k: number | null, moment?: FailureMoment): void;
  /** Statements sent since the last failAt (autocommit and inside transactions alike). */
  sent(): number;
}

/** What a dropped connection looks like to the functions: UNAVAILABLE, retryable. */
export function lostConnection(): Error {
  return Object.assign(new Error('Connection terminated unexpectedly (injected)'), {
    code: 'ECONNRESET',
  });
}

/**
 * Wraps a store so that one chosen statement of an action fails, to check that an effect and
 * the event that tells it are committed together or not at all, whichever statement fails.
 * begin, commit and rollback are the store's own and never fail here.
 */
export function failingStore(store: Store): FailingStore {
  let count = 0;
  let failing: { k: number; moment: FailureMoment } | null = null;
  const send = async <T extends object>(
    sql: Sql,
    text: string,
    params?: readonly unknown[],
  ): Promise<T[]> => {
    count += 1;
    const strikes = failing !== null && failing.k === count;
    if (strikes && failing?.moment === 'before') throw lostConnection();
    const rows = await sql.query<T>(text, params);
    if (strikes) throw lostConnection();
    return rows;
  };
  return {
    store: {
      kind: store.kind,
      query: (text, params) => send(store, text, params),
      exec: (script) => store.exec(script),
      transaction: (fn) =>
        store.transaction((tx) =>
          fn({ query: (text, params) => send(tx, text, params), exec: (s) => tx.exec(s) }),
        ),
      close: () => store.close(),
    },
    failAt(k, moment = 'before') {
      count = 0;
      failing = k === null ? null : { k, moment };
    },
    sent: () => count,
  };
}
