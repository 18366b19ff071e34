// The junk the contract fuzzer puts where values belong: what a hostile or broken client, a
// proxy that mangles JSON, or a curious tester with the host's /api could send.
import fc from 'fast-check';

export const HUGE = 'a'.repeat(100_000);
/** Stands for "leave the field out" in a mutation. */
export const DELETE = Symbol('delete');
const HUGE_WIDE = '砍'.repeat(100_000);

/** Each is appended to a real id, or used alone, in every id field. */
export const INJECTIONS = [
  "' or '1'='1",
  "' or 1=1 --",
  "'; drop table coupon; --",
  "'); delete from bargain_help; --",
  "' union select id, owner_openid from coupon --",
  "\"; update coupon set status = 'redeemed'; --",
  "\\'; select pg_sleep(5); --",
  '$1',
  '%',
  '_',
  '\u0000',
  '\u0000; drop table campaign',
];

const EVIL_STRINGS = [
  '',
  ' ',
  '\t\n',
  'null',
  'undefined',
  'NaN',
  '-1',
  '1e309',
  '0x10',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  HUGE,
  HUGE_WIDE,
  `brg_${HUGE}`,
  'a\u0000b',
  '\uD800',
  '😀'.repeat(40),
  '../../etc/passwd',
  '<script>alert(1)</script>',
  ...INJECTIONS,
];

/** Money and counters gone wrong: negative, fractional, not finite, beyond int4 and int53. */
const EVIL_NUMBERS = [
  -1,
  -0,
  0.5,
  -100.25,
  99.999,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  Number.MAX_VALUE,
  Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER + 2,
  2 ** 31,
  -(2 ** 31) - 1,
  1e21,
];

/** A value nested `depth` levels deep, alternating arrays and objects. */
export function deeplyNested(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i += 1) value = i % 2 ? [value] : { a: value };
  return value;
}

/** An object with `key` as an own property, as JSON.parse makes `__proto__` one. */
export function withOwnKey(
  key: string,
  value: unknown,
  base: Record<string, unknown> = {},
): object {
  const object = { ...base };
  Object.defineProperty(object, key, {
    value,
    enumerable: true,
    configurable: true,
    writable: true,
  });
  return object;
}

const POLLUTERS: unknown[] = [
  JSON.parse('{"__proto__": {"polluted": true}}'),
  { constructor: { prototype: { polluted: true } } },
  withOwnKey('__proto__', { isAdmin: true }),
  JSON.parse('{"__proto__": {"role": "merchant"}}'),
];

const STRUCTURES: unknown[] = [
  null,
  undefined,
  true,
  false,
  [],
  {},
  [null],
  { $ne: null },
  { $gt: '' },
  deeplyNested(1_000),
  Object.create(null),
  new Date('2026-03-01T00:00:00Z'),
  BigInt(1),
  Symbol('fuzz'),
  () => 'a function',
  new Map([['a', 1]]),
  new Uint8Array([1, 2, 3]),
  ...POLLUTERS,
];

/** Anything but a well-formed value: the junk each field may receive. */
export const evilValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...EVIL_STRINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...EVIL_NUMBERS) },
  { weight: 3, arbitrary: fc.constantFrom(...STRUCTURES) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.integer() },
  {
    weight: 2,
    arbitrary: fc.anything({
      maxDepth: 3,
      maxKeys: 5,
      withBigInt: true,
      withDate: true,
      withNullPrototype: true,
      withSparseArray: true,
      withBoxedValues: true,
      withTypedArray: true,
      withMap: true,
      withSet: true,
    }),
  },
);
