import type { CampaignConfig } from '../../cloudfunctions/contracts/campaign-config';
import type { CampaignStatus } from '../../cloudfunctions/contracts/campaign';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import type { Caller, Deps } from '../../cloudfunctions/usecases/deps';
import { functionHandlers, type FunctionName } from '../../cloudfunctions/functions/registry';
import type { Store } from '../../cloudfunctions/store/store';
import { saveCampaign } from '../../cloudfunctions/usecases/campaign/save-campaign';
import { expectNothingChanged, snapshotDb } from './db-snapshot';
import { openTestStore, type StoreKind, type TestStore } from './stores';

/** A settable clock: tests move time explicitly, never sleep. */
export class TestClock {
  constructor(private current: Date) {}
  now = (): Date => new Date(this.current.getTime());
  set(instant: Date | string): void {
    this.current = new Date(instant);
  }
  advance(ms: number): void {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export interface Harness {
  store: Store;
  clock: TestClock;
  deps: Deps;
  /** Calls a function as `openid` would through WeChat: identity from the context only. */
  call<T = unknown>(
    name: FunctionName,
    event: unknown,
    openid: string | null,
    role?: Caller['role'],
  ): Promise<FunctionResult<T>>;
  /** Like call, but fails the test on `ok: false` and returns the data. */
  ok<T = Record<string, any>>(
    name: FunctionName,
    event: unknown,
    openid: string,
    role?: Caller['role'],
  ): Promise<T>;
  save(config: CampaignConfig, status?: CampaignStatus): Promise<CampaignConfig>;
  close(): Promise<void>;
}

export async function openHarness(
  kind: StoreKind,
  start = '2026-03-01T10:00:00.000+08:00',
  options: { poolMax?: number } = {},
): Promise<Harness> {
  const t: TestStore = await openTestStore(kind, options);
  const clock = new TestClock(new Date(start));
  const deps: Deps = { store: t.store, clock: clock.now };
  const call: Harness['call'] = async (name, event, openid, role = 'shopper') =>
    functionHandlers[name](event, openid ? { openid, role } : null, deps) as never;
  return {
    store: t.store,
    clock,
    deps,
    call,
    async ok(name, event, openid, role) {
      const result = await call(name, event, openid, role);
      if (!result.ok)
        throw new Error(
          `${name} ${JSON.stringify(event)} as ${openid} failed: ${result.error.code} ${result.error.message}`,
        );
      return result.data as never;
    },
    async save(config, status = 'live') {
      await saveCampaign(t.store, config, status, clock.now());
      return config;
    },
    close: () => t.close(),
  };
}

/**
 * The harness of a describe block: opened before its tests, closed after them, and (with
 * `resetClock`) its clock set back to `start` before each test. The handle it returns is
 * usable in tests and hooks (not while the block is being declared).
 */
export function useHarness(
  kind: StoreKind,
  {
    start = '2026-03-01T10:00:00.000+08:00',
    poolMax,
    resetClock = false,
  }: { start?: string; poolMax?: number; resetClock?: boolean } = {},
): Harness {
  let opened: Harness | undefined;
  const current = (): Harness => {
    if (!opened) throw new Error('the harness is opened in beforeAll');
    return opened;
  };
  beforeAll(async () => {
    opened = await openHarness(kind, start, poolMax === undefined ? {} : { poolMax });
  });
  if (resetClock) beforeEach(() => current().clock.set(start));
  afterAll(() => current().close());
  return {
    get store() {
      return current().store;
    },
    get clock() {
      return current().clock;
    },
    get deps() {
      return current().deps;
    },
    call: (name, event, openid, role) => current().call(name, event, openid, role),
    ok: (name, event, openid, role) => current().ok(name, event, openid, role),
    save: (config, status) => current().save(config, status),
    close: () => current().close(),
  };
}

/**
 * A caller straight into the function handlers with the deps `deps()` gives (a spied store,
 * say), as `openid` would call through WeChat.
 */
export function callWith(deps: () => Deps) {
  return <T = Record<string, any>>(
    name: FunctionName,
    event: unknown,
    openid: string,
    role: Caller['role'] = 'shopper',
  ) => functionHandlers[name](event, { openid, role }, deps()) as Promise<FunctionResult<T>>;
}

/** Expects a typed refusal with this code. */
export function expectError(result: FunctionResult<unknown>, code: string): void {
  expect(result).toEqual({ ok: false, error: { code, message: expect.any(String) } });
}

let orderSeq = 0;
/** An order id no other order of this test process has (`prefix-pid-n`). */
export const anOrderId = (prefix = 'order'): string =>
  `${prefix}-${process.pid}-${(orderSeq += 1)}`;

/** The merchant reports an order (¥69 unless the event says otherwise); returns its id. */
export async function reportOrder(
  h: Harness,
  event: Record<string, unknown>,
  prefix?: string,
): Promise<string> {
  const { order } = await h.ok(
    'order',
    { action: 'report', orderId: anOrderId(prefix), amountFen: 6900, ...event },
    'merchant',
    'merchant',
  );
  return order.orderId;
}

/** Prepares the state, then returns the one call that must be refused. */
export type RefusalScenario = (h: Harness) => Promise<() => Promise<FunctionResult<unknown>>>;

/** A row of a refusal table: what is tried, the code it is refused with, how to get there. */
export interface Refusal {
  label: string;
  code: string;
  scenario: RefusalScenario;
}

/**
 * Expects the attempt refused with this code and every row of every table as it was before
 * it; with `times`, asked that many times, the same answer each time.
 */
export async function expectRefusedAndUnchanged(
  store: Store,
  attempt: () => Promise<FunctionResult<unknown>>,
  code: string,
  { times = 1 } = {},
): Promise<void> {
  const before = await snapshotDb(store);
  for (let i = 0; i < times; i += 1) {
    expectError(await attempt(), code);
    await expectNothingChanged(store, before);
  }
}

/**
 * One test per row: the scenario's call is refused with its code and changes nothing (the
 * whole store compared before and after). With `askTwice`, it is asked again and gets the
 * same answer: a refusal leaves nothing behind that would change it.
 */
export function testRefusals(
  h: Harness,
  table: Refusal[],
  { title = '$label is refused with $code and changes nothing', askTwice = true } = {},
): void {
  test.each(table)(title, async ({ code, scenario }) => {
    const attempt = await scenario(h);
    await expectRefusedAndUnchanged(h.store, attempt, code, { times: askTwice ? 2 : 1 });
  });
}
