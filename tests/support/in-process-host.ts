import type { AddressInfo } from 'node:net';
import { createHost } from '../../cloudfunctions/host/create-host';
import type { Store } from '../../cloudfunctions/store/store';
import { seedDemoCampaigns } from '../../cloudfunctions/usecases/campaign/seed-demo-campaigns';
import { TestClock } from './harness';
import { openTestStore, type StoreKind } from './stores';

export interface HostResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

export interface InProcessHost {
  url: string;
  store: Store;
  clock: TestClock;
  /** POST /api/<name> with a JSON event, as the persona (no header when null). */
  call<T = any>(name: string, event: unknown, persona: string | null): Promise<HostResponse<T>>;
  /** Like call, but expects `ok: true` and returns the data. */
  ok<T = any>(name: string, event: unknown, persona: string): Promise<T>;
  /** POST /dev/checkout with a JSON body, as the persona: the stand-in checkout. */
  checkout<T = any>(persona: string, body: unknown): Promise<HostResponse<T>>;
  /** Any request; the body is parsed as JSON. */
  request<T = any>(path: string, init?: RequestInit): Promise<HostResponse<T>>;
  close(): Promise<void>;
}

/**
 * The local host (createHost) on a free port, in this process, over a migrated test store with
 * the demo campaigns seeded and `merchant` as the one merchant persona.
 */
export async function startInProcessHost(
  kind: StoreKind = 'pglite',
  start = '2026-03-01T10:00:00.000+08:00',
  /** Where the host's request log goes; none by default, so tests stay quiet. */
  requestLog?: (line: string) => void,
): Promise<InProcessHost> {
  const t = await openTestStore(kind);
  const clock = new TestClock(new Date(start));
  await seedDemoCampaigns(t.store, clock.now());
  const server = createHost({
    deps: { store: t.store, clock: clock.now },
    merchants: new Set(['merchant']),
    ...(requestLog && { requestLog }),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const request: InProcessHost['request'] = async (path, init) => {
    const response = await fetch(`${url}${path}`, init);
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // Left as text: the test says what it expected.
    }
    return { status: response.status, headers: response.headers, body: body as never };
  };

  const post = (path: string, body: unknown, persona: string | null) =>
    request(path, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(persona === null ? {} : { 'x-fission-openid': persona }),
      },
      body: JSON.stringify(body),
    });
  const call: InProcessHost['call'] = (name, event, persona) =>
    post(`/api/${name}`, event, persona);

  return {
    url,
    store: t.store,
    clock,
    request,
    call,
    async ok(name, event, persona) {
      const response = await call(name, event, persona);
      expect(response.body).toMatchObject({ ok: true });
      return response.body.data;
    },
    checkout: (persona, body) => post('/dev/checkout', body, persona),
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await t.close();
    },
  };
}

/**
 * The in-process host of a describe block: started before its tests, closed after them. The
 * handle it returns is usable in tests and hooks (not while the block is being declared).
 */
export function useInProcessHost(kind: StoreKind = 'pglite'): InProcessHost {
  let started: InProcessHost | undefined;
  const current = (): InProcessHost => {
    if (!started) throw new Error('the host is started in beforeAll');
    return started;
  };
  beforeAll(async () => {
    started = await startInProcessHost(kind);
  });
  afterAll(() => current().close());
  return {
    get url() {
      return current().url;
    },
    get store() {
      return current().store;
    },
    get clock() {
      return current().clock;
    },
    call: (name, event, persona) => current().call(name, event, persona),
    ok: (name, event, persona) => current().ok(name, event, persona),
    checkout: (persona, body) => current().checkout(persona, body),
    request: (path, init) => current().request(path, init),
    close: () => current().close(),
  };
}
