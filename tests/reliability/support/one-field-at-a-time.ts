import type { FunctionName } from '../../../cloudfunctions/functions/registry';
import {
  CONTRACTS,
  FUZZ_SUBSCRIBE_TEMPLATE,
  isRequired,
  keysOf,
  pathsIn,
  type FuzzFixtures,
} from './fuzz-events';
import { deeplyNested, DELETE, HUGE } from './hostile-values';

/** A value of the right shape that names nothing in the store. */
const ABSENT: Record<string, unknown> = {
  campaignId: 'no-such-campaign',
  bargainId: 'brg_0000000000000000',
  assistId: 'ast_0000000000000000',
  subjectId: 'brg_0000000000000000',
  groupId: 'grp_0000000000000000',
  packetId: 'pkt_0000000000000000',
  couponId: 'cpn_0000000000000000',
  orderId: 'no-such-order',
  templateId: 'no-such-template',
  token: '000000000000',
  creditIds: ['cnv_0000000000000000'],
  buyerOpenid: 'nobody-at-all',
};

/** Which seeded campaign a function's events aim at by default. */
const CAMPAIGN_OF: Record<FunctionName, number> = {
  campaign: 0,
  bargain: 0,
  assist: 1,
  coupon: 2,
  invite: 0,
  order: 2,
  group: 5,
  packet: 5,
  fcode: 0,
  notify: 0,
  circle: 2,
};

function baseValue(fn: FunctionName, key: string, f: FuzzFixtures, n: number): unknown {
  switch (key) {
    case 'campaignId':
      return f.campaigns[CAMPAIGN_OF[fn]];
    case 'bargainId':
    case 'subjectId':
      return f.bargains[0];
    case 'assistId':
      return f.assists[0];
    case 'groupId':
      return f.groups[0];
    case 'packetId':
      return f.packets[0];
    case 'couponId':
      return f.coupons[f.coupons.length - 1];
    case 'postId':
      return f.posts[0];
    case 'words':
      return '保温杯很好用，早上装的热水晚上还是烫的。';
    case 'query':
      return '保温杯';
    case 'reason':
      return '含有联系方式';
    case 'featured':
      return true;
    case 'templateId':
      return fn === 'notify' ? FUZZ_SUBSCRIBE_TEMPLATE : f.templates[0];
    case 'target':
      return { kind: 'bargain', id: f.bargains[0] };
    case 'url':
      return 'http://127.0.0.1:9/hooks';
    case 'eventTypes':
      return ['bargain.helped'];
    case 'endpointId':
      return 'whk_0000000000000000';
    case 'deliveryId':
      return 1;
    case 'requestId':
      return `sys-req-${n}`;
    case 'orderId':
      // A packet is opened for an order that exists; elsewhere a new order id runs the whole use case.
      if (fn === 'packet') return f.orders[f.orders.length - 1];
      // A post is made about an order that exists (the seeded circle order, first).
      return fn === 'circle' ? f.orders[0] : `sys-order-${n}`;
    case 'buyerOpenid':
      return f.openids[f.openids.length - 1];
    case 'amountFen':
      return 9_900;
    case 'productId':
      return 'p1';
    case 'token':
      return f.tokens[0];
    case 'scene':
      return 1007;
    case 'period':
      return 'week';
    case 'decision':
      return 'reject';
    case 'creditIds':
      return f.credits.slice(0, 1);
    case 'preview':
      return true;
    case 'code':
      // Well formed (its check character sums to 0), so an F码 action gets past its parsing.
      return '222222222';
    case 'config':
      return f.configs[0];
    default:
      return 'x';
  }
}

/** What each field gets in turn, everything else left valid. */
function hostileValues(valid: unknown): [string, unknown][] {
  const text = typeof valid === 'string' ? valid : 'x';
  return [
    ['missing', DELETE],
    ['empty string', ''],
    ['NUL appended', `${text}\u0000`],
    ['NUL alone', '\u0000'],
    ['lone surrogate', `${text}\ud800`],
    ['100k characters', HUGE],
    ['injection', `${text}' or '1'='1`],
    ['drop table', "'; drop table coupon; --"],
    ['-1', -1],
    ['0.5', 0.5],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['2^53 + 2', Number.MAX_SAFE_INTEGER + 2],
    ['null', null],
    ['true', true],
    ['[]', []],
    ['{}', {}],
    ['[valid]', [valid]],
    ['{ $ne: null }', { $ne: null }],
    ['__proto__ object', JSON.parse('{"__proto__": {"polluted": true}}')],
    ['1000 levels deep', deeplyNested(1_000)],
    ['bigint', BigInt(1)],
  ];
}

export interface SystematicCase {
  label: string;
  fn: FunctionName;
  action: string;
  event: Record<string, unknown>;
}

function withField(event: Record<string, unknown>, key: string, value: unknown) {
  const copy: Record<string, unknown> = { ...event };
  if (value === DELETE) delete copy[key];
  else copy[key] = value;
  return copy;
}

/**
 * Every action, every field, every hostile value, one at a time on an otherwise valid event
 * (and inside a campaign config, every value in turn): the cases random sampling reaches only
 * rarely, such as one NUL byte in one field of an event that is valid everywhere else.
 */
export function oneFieldAtATime(f: FuzzFixtures): SystematicCase[] {
  const cases: SystematicCase[] = [];
  let n = 0;
  for (const fn of Object.keys(CONTRACTS) as FunctionName[]) {
    for (const [action, schema] of Object.entries(CONTRACTS[fn])) {
      const keys = keysOf(schema);
      const required = keys.filter((key) => isRequired(schema, key));
      // The required fields, plus the one under test: optional fields stay out of its way.
      const event = (withKeys: string[]) => {
        n += 1;
        return Object.fromEntries([
          ['action', action],
          ...withKeys.map((key) => [key, baseValue(fn, key, f, n)]),
        ]) as Record<string, unknown>;
      };
      const base = (key?: string) =>
        event(key && !required.includes(key) ? [...required, key] : required);
      cases.push({
        label: `${fn}.${action} valid, required fields only`,
        fn,
        action,
        event: base(),
      });
      cases.push({ label: `${fn}.${action} valid, every field`, fn, action, event: event(keys) });
      for (const key of keys) {
        if (key in ABSENT) {
          cases.push({
            label: `${fn}.${action} ${key} absent from the store`,
            fn,
            action,
            event: withField(base(key), key, ABSENT[key]),
          });
        }
        for (const [name, value] of hostileValues(baseValue(fn, key, f, 0))) {
          cases.push({
            label: `${fn}.${action} ${key}: ${name}`,
            fn,
            action,
            event: withField(base(key), key, value),
          });
        }
        if (key === 'config' && f.configs[0]) {
          for (const path of pathsIn(f.configs[0]).filter((p) => p.length > 0)) {
            for (const [name, junk] of [
              ['NUL', 'a\u0000b'],
              ['-1.5', -1.5],
              ['missing', DELETE],
            ] as const) {
              const config = JSON.parse(JSON.stringify(f.configs[0])) as Record<
                string | number,
                unknown
              >;
              let node = config;
              for (const k of path.slice(0, -1)) node = node[k] as Record<string | number, unknown>;
              const last = path[path.length - 1]!;
              if (junk === DELETE) delete node[last];
              else node[last] = junk;
              cases.push({
                label: `${fn}.${action} config.${path.join('.')}: ${name}`,
                fn,
                action,
                event: { ...base(key), config },
              });
            }
          }
        }
      }
    }
  }
  return cases;
}
