import type { Store } from '../../cloudfunctions/store/store';

export interface GatedStore {
  /** The store to hand to the use case that is to be held. */
  store: Store;
  /** Resolves once a transaction has run a statement matching the pattern and is held. */
  reached: Promise<void>;
  /** Lets the held transaction go on. */
  open(): void;
}

/**
 * Wraps a store so that the first transaction to run a statement matching `pattern` stops
 * right after it, still open (its locks held), until `open()` is called: a test can then
 * start a rival and let the first go on at the moment it chooses.
 */
export function gatedStore(store: Store, pattern: RegExp): GatedStore {
  let held = false;
  let reach!: () => void;
  const reached = new Promise<void>((resolve) => (reach = resolve));
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return {
    store: {
      kind: store.kind,
      query: (text, params) => store.query(text, params),
      exec: (script) => store.exec(script),
      transaction: (fn) =>
        store.transaction((tx) =>
          fn({
            async query<T extends object>(text: string, params?: readonly unknown[]) {
              const rows = await tx.query<T>(text, params);
              if (!held && pattern.test(text)) {
                held = true;
                reach();
                await opened;
              }
              return rows;
            },
            exec: (script) => tx.exec(script),
          }),
        ),
      close: () => store.close(),
    },
    reached,
    open,
  };
}
