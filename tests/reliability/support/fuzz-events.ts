import fc from 'fast-check';
import * as z from 'zod';
import { EVENT_TYPES } from '../../../cloudfunctions/contracts/events';
import type { Caller } from '../../../cloudfunctions/usecases/deps';
import { functionContracts, type FunctionName } from '../../../cloudfunctions/contracts/functions';
import { DELETE, evilValue, HUGE, INJECTIONS, withOwnKey } from './hostile-values';

/** The subscribe template the fuzzed server is configured with (the harness's `deps.notify`). */
export const FUZZ_SUBSCRIBE_TEMPLATE = 'dev-help-notice';

/** Every function's actions and their input schemas: the contract the fuzzer aims at. */
export const CONTRACTS = Object.fromEntries(
  Object.values(functionContracts).map((contract) => [
    contract.name,
    Object.fromEntries(
      Object.entries(contract.actions).map(([action, spec]) => [action, spec.input]),
    ),
  ]),
) as Record<FunctionName, Record<string, z.ZodType>>;

/** Rows that exist before fuzzing starts, so attacks aim at real ids as well as invented ones. */
export interface FuzzFixtures {
  campaigns: string[];
  bargains: string[];
  assists: string[];
  groups: string[];
  packets: string[];
  posts: string[];
  coupons: string[];
  templates: string[];
  tokens: string[];
  orders: string[];
  credits: string[];
  openids: string[];
  /** Valid campaign configs (new ids), for the merchant's save. */
  configs: object[];
}

const aliasOf = (prefix: string) =>
  fc.stringMatching(/^[0-9A-Za-z]{16}$/).map((body) => `${prefix}_${body}`);

/** Well-formed values per field: the real ids, and invented ids of the right shape. */
function wellFormed(key: string, f: FuzzFixtures): fc.Arbitrary<unknown> {
  // Mostly real ids, so the use cases run past their lookups; sometimes invented ones.
  const oneOf = (real: readonly unknown[], ...invented: fc.Arbitrary<unknown>[]) =>
    real.length
      ? fc.oneof(
          { weight: 4, arbitrary: fc.constantFrom(...real) },
          ...invented.map((arbitrary) => ({ weight: 1, arbitrary })),
        )
      : fc.oneof(...invented);
  switch (key) {
    case 'campaignId':
      return oneOf(f.campaigns, fc.stringMatching(/^[a-z0-9][a-z0-9-]{1,47}$/));
    case 'bargainId':
      return oneOf(f.bargains, aliasOf('brg'));
    case 'assistId':
      return oneOf(f.assists, aliasOf('ast'));
    case 'groupId':
      return oneOf(f.groups, aliasOf('grp'));
    case 'packetId':
      return oneOf(f.packets, aliasOf('pkt'));
    case 'subjectId':
      return oneOf(
        [...f.bargains, ...f.assists, ...f.groups, ...f.packets],
        aliasOf('brg'),
        aliasOf('ast'),
        aliasOf('grp'),
        aliasOf('pkt'),
      );
    case 'couponId':
      return oneOf(f.coupons, aliasOf('cpn'));
    case 'postId':
      return oneOf(f.posts, aliasOf('pst'));
    case 'words':
      return fc.oneof(
        fc.constantFrom(
          '保温杯很好用，早上装的热水晚上还是烫的。',
          '转发三个群领红包，快来帮我转发吧！',
        ),
        fc.string({ minLength: 10, maxLength: 40 }),
      );
    case 'query':
      return fc.constantFrom('保温杯', '茶', '316 不锈钢', 'cup');
    case 'reason':
      return fc.constantFrom('含有联系方式', '图片与商品不符');
    case 'featured':
      return fc.boolean();
    case 'rating':
      return fc.integer({ min: 1, max: 5 });
    case 'templateId':
      // The coupon templates, and the subscribe template the harness's server sends with.
      return oneOf(
        [...f.templates, FUZZ_SUBSCRIBE_TEMPLATE],
        fc.stringMatching(/^[a-z0-9][a-z0-9:-]{1,63}$/),
      );
    case 'target':
      return fc.oneof(
        oneOf(f.bargains, aliasOf('brg')).map((id) => ({ kind: 'bargain', id })),
        oneOf(f.groups, aliasOf('grp')).map((id) => ({ kind: 'group', id })),
        oneOf(f.campaigns, fc.string({ maxLength: 10 })).map((id) => ({ kind: 'fcode', id })),
        fc.record({ kind: fc.string({ maxLength: 8 }), id: fc.string({ maxLength: 20 }) }),
      );
    case 'url':
      return fc.oneof(
        fc.constantFrom('http://127.0.0.1:9/hooks', 'https://crm.example.com/fission'),
        fc.webUrl(),
        fc.string({ maxLength: 40 }),
      );
    case 'eventTypes':
      return fc.oneof(
        fc.subarray([...EVENT_TYPES]),
        fc.array(fc.string({ maxLength: 20 }), { maxLength: 3 }),
      );
    case 'endpointId':
      return aliasOf('whk');
    case 'deliveryId':
      return fc.oneof(fc.integer({ min: 1, max: 50 }), fc.integer());
    case 'secret':
      return fc.oneof(fc.constant('whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'), fc.string());
    case 'requestId':
      return fc.stringMatching(/^[A-Za-z0-9_-]{8,64}$/);
    case 'orderId': {
      // A known order id is a replay; a new one runs the whole report.
      const fresh = fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/);
      return oneOf(f.orders, fresh, fresh, fresh, fresh, fresh, fresh);
    }
    case 'buyerOpenid':
      return oneOf(f.openids, fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/));
    case 'amountFen':
      return fc.oneof(fc.constantFrom(0, 1, 9_900, 100_000_000), fc.nat({ max: 100_000_000 }));
    case 'productId':
      return fc.oneof(fc.constantFrom('p1', 'cup-500'), fc.string({ minLength: 1, maxLength: 64 }));
    case 'token':
      return oneOf(f.tokens, fc.stringMatching(/^[0-9A-Za-z]{12}$/));
    case 'scene':
      return fc.oneof(
        fc.constantFrom(1007, 1008, 1044, 1047),
        fc.integer({ min: 1000, max: 1999 }),
      );
    case 'period':
      return fc.constantFrom('week', 'all');
    case 'decision':
      return fc.constantFrom('approve', 'reject');
    case 'creditIds':
      return fc.oneof(
        fc.constant(f.credits),
        fc.array(aliasOf('cnv'), { minLength: 1, maxLength: 3 }),
        fc.constant(Array.from({ length: 201 }, (_, i) => `cnv_${String(i).padStart(16, '0')}`)),
      );
    case 'preview':
      return fc.boolean();
    case 'config':
      return f.configs.length
        ? fc.oneof(fc.constantFrom(...f.configs), configWithJunk(f.configs))
        : fc.constant({});
    default:
      return fc.string({ maxLength: 20 });
  }
}

/** Every path to a value inside `value` (objects and arrays), at most `depth` levels down. */
export function pathsIn(
  value: unknown,
  depth = 5,
  prefix: (string | number)[] = [],
): (string | number)[][] {
  if (depth === 0 || typeof value !== 'object' || value === null) return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => pathsIn(v, depth - 1, [...prefix, k]))];
}

/** A valid config with one value somewhere inside replaced by junk (or removed). */
function configWithJunk(configs: object[]): fc.Arbitrary<unknown> {
  return fc
    .constantFrom(...configs)
    .chain((config) =>
      fc.tuple(
        fc.constant(config),
        fc.constantFrom(...pathsIn(config).filter((p) => p.length > 0)),
        fc.oneof(evilValue, fc.constant<unknown>(DELETE)),
      ),
    )
    .map(([config, path, junk]) => {
      const copy = JSON.parse(JSON.stringify(config)) as Record<string | number, unknown>;
      let node: Record<string | number, unknown> = copy;
      for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
      const last = path[path.length - 1]!;
      if (junk === DELETE) delete node[last];
      else node[last] = junk;
      return copy;
    });
}

/** A real id with an injection glued on: it must be refused, not run. */
function injected(key: string, f: FuzzFixtures): fc.Arbitrary<unknown> {
  // NUL and other control characters are what PostgreSQL text refuses outright: weighted up.
  const tail = fc.oneof(
    { weight: 2, arbitrary: fc.constantFrom(...INJECTIONS) },
    { weight: 1, arbitrary: fc.constantFrom('\u0000', '\u0000x', '\u0001', '\u001f', '\ud800') },
  );
  return fc
    .tuple(wellFormed(key, f), tail)
    .map(([id, end]) => `${typeof id === 'string' ? id : ''}${end}`);
}

/** What a mutation does to one field: junk in its place, an injected id, or no field at all. */
const mutationOf = (key: string, f: FuzzFixtures) =>
  fc.oneof(
    { weight: 4, arbitrary: evilValue },
    { weight: 3, arbitrary: injected(key, f) },
    { weight: 1, arbitrary: fc.constant<unknown>(DELETE) },
  );

/** Keys no schema has, identity keys the entry must drop, and prototype-polluting keys. */
const EXTRA_KEYS = [
  'extra',
  'openid',
  'OPENID',
  'role',
  'userInfo',
  'priceFen',
  'budget',
  'ownerOpenid',
  '__proto__',
  'constructor',
  'prototype',
  HUGE,
];

export function keysOf(schema: z.ZodType): string[] {
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

/** Optional fields come and go; required ones are there unless a mutation removes them. */
export function isRequired(schema: z.ZodType, key: string): boolean {
  const field = schema instanceof z.ZodObject ? (schema.shape[key] as z.ZodType) : undefined;
  return field !== undefined && !field.safeParse(undefined).success;
}

/**
 * `{ action, ...fields }` for one action: a well-formed event (so the use case really runs) with
 * up to two fields mutated into junk or removed, and sometimes a key no schema has.
 */
function actionEvent(fn: FunctionName, action: string, f: FuzzFixtures): fc.Arbitrary<unknown> {
  const schema = CONTRACTS[fn][action];
  if (!schema) throw new Error(`${fn} has no action ${action}`);
  const keys = keysOf(schema);
  const fields = Object.fromEntries(keys.map((key) => [key, wellFormed(key, f)]));
  const mutation = keys.length
    ? fc
        .constantFrom(...keys)
        .chain((key) => mutationOf(key, f).map((value) => [key, value] as const))
    : fc.constant(undefined);
  const mutations = fc.oneof(
    { weight: 2, arbitrary: fc.constant([]) },
    { weight: 2, arbitrary: fc.array(mutation, { minLength: 1, maxLength: 1 }) },
    { weight: 1, arbitrary: fc.array(mutation, { minLength: 2, maxLength: 2 }) },
  );
  return fc
    .tuple(
      fc.record(fields, { requiredKeys: keys.filter((key) => isRequired(schema, key)) }),
      mutations,
      fc.option(fc.tuple(fc.constantFrom(...EXTRA_KEYS), evilValue), { freq: 5 }),
    )
    .map(([params, changes, extra]) => {
      const event: Record<string, unknown> = { action, ...params };
      for (const change of changes) {
        if (!change) continue;
        const [key, value] = change;
        if (value === DELETE) delete event[key];
        else event[key] = value;
      }
      return extra ? withOwnKey(extra[0], extra[1], event) : event;
    });
}

/** Events for one function: mostly aimed at its actions, the rest malformed from the top. */
export function eventsFor(
  fn: FunctionName,
  f: FuzzFixtures,
  actions = Object.keys(CONTRACTS[fn]),
): fc.Arbitrary<unknown> {
  const unknownAction = fc
    .oneof(
      fc.constantFrom('nope', '', 'GET', ' get', '__proto__', 'constructor', 'toString', HUGE),
      evilValue,
    )
    .map((action) => ({ action }));
  return fc.oneof(
    { weight: 16, arbitrary: fc.oneof(...actions.map((a) => actionEvent(fn, a, f))) },
    { weight: 1, arbitrary: unknownAction },
    { weight: 1, arbitrary: evilValue },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...actions).map((action) => [{ action }]),
    },
  );
}

export type FuzzCaller = Caller | null;

/**
 * Callers: known shoppers (one of them the seeded initiator), people never seen before (whose
 * first sighting is a write a refusal must roll back), the merchant, and nobody.
 */
export function callers(f: FuzzFixtures): fc.Arbitrary<FuzzCaller> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...f.openids).map((openid) => shopper(openid)) },
    {
      weight: 2,
      arbitrary: fc.stringMatching(/^[A-Za-z0-9_-]{6,20}$/).map((id) => shopper(`fz-${id}`)),
    },
    { weight: 2, arbitrary: fc.constant<FuzzCaller>({ openid: 'merchant', role: 'merchant' }) },
    { weight: 1, arbitrary: fc.constant<FuzzCaller>(null) },
  );
}

const shopper = (openid: string): FuzzCaller => ({ openid, role: 'shopper' });

/** A short, printable description of an event (a 100k-character string would drown a report). */
export function describeEvent(event: unknown): string {
  try {
    const text =
      fc.stringify(event).length > 400
        ? `${fc.stringify(event).slice(0, 400)}…`
        : fc.stringify(event);
    return text
      .replace(/a{50,}/g, (run) => `a×${run.length}`)
      .replace(/砍{50,}/g, (run) => `砍×${run.length}`);
  } catch {
    return String(event);
  }
}
