import type { Store } from './store';

/**
 * A store that connects on first use. A cloud function instance can then refuse bad input
 * or a missing identity with its typed error before (and without) reaching the database; a
 * failed open is retried by the next call instead of poisoning the instance.
 */
export function lazyStore(kind: Store['kind'], open: () => Promise<Store>): Store {
  let opening: Promise<Store> | undefined;
  const store = (): Promise<Store> => {
    opening ??= open().catch((error: unknown) => {
      opening = undefined;
      throw error;
    });
    return opening;
  };
  return {
    kind,
    query: async (text, params) => (await store()).query(text, params),
    exec: async (script) => (await store()).exec(script),
    transaction: async (fn) => (await store()).transaction(fn),
    close: async () => {
      if (opening) await (await opening).close();
    },
  };
}
