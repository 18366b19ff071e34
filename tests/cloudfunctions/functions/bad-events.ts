import { functionHandlers, type FunctionName } from '../../../cloudfunctions/functions/registry';

export const HUGE = 'a'.repeat(100_000);
export const FUNCTIONS = Object.keys(functionHandlers) as FunctionName[];

export interface BadEvent {
  label: string;
  fn: FunctionName;
  event: unknown;
  code: string;
  /** The caller; `null` is no identity at all. Defaults to a shopper. */
  openid?: string | null;
  role?: 'shopper' | 'merchant';
}

/** Real ids from the fixtures, so an attack aims at rows that exist. */
export interface FixtureIds {
  bargainCampaign: string;
  couponTemplate: string;
  coupon: string;
  bargain: string;
}

const NOT_OBJECTS = [null, undefined, 'str', '', 42, 0, true, [], [{ action: 'get' }]];
const NOT_STRING_ACTIONS = [undefined, 42, null, {}, ['get'], true];
const UNKNOWN_ACTIONS = [
  'nope',
  '',
  'GET',
  ' get',
  '__proto__',
  'constructor',
  'toString',
  'hasOwnProperty',
  'valueOf',
  HUGE,
];
const show = (value: unknown) => (JSON.stringify(value) ?? 'undefined').slice(0, 16);

/** What every function must refuse the same way, whatever its actions. */
export function badEventsForEveryFunction(ids: FixtureIds): BadEvent[] {
  return FUNCTIONS.flatMap((fn) => [
    ...NOT_OBJECTS.map((event) => ({
      label: `${fn}: ${show(event)} as the event`,
      fn,
      event,
      code: 'INVALID_INPUT',
    })),
    ...NOT_STRING_ACTIONS.map((action) => ({
      label: `${fn}: action ${action === undefined ? 'missing' : show(action)}`,
      fn,
      event: action === undefined ? { campaignId: ids.bargainCampaign } : { action },
      code: 'INVALID_INPUT',
    })),
    ...UNKNOWN_ACTIONS.map((action) => ({
      label: `${fn}: unknown action ${show(action)}`,
      fn,
      event: { action },
      code: 'UNKNOWN_ACTION',
    })),
  ]);
}

/** Bad events aimed at particular actions. */
export function badEventsForActions(ids: FixtureIds): BadEvent[] {
  const get = (campaignId: unknown) => ({ action: 'get', campaignId });
  const claim = (more: object = {}) => ({
    action: 'claim',
    templateId: ids.couponTemplate,
    ...more,
  });
  const redeem = (more: object) => ({
    action: 'redeem',
    couponId: ids.coupon,
    orderId: 'o-1',
    ...more,
  });
  const asMerchant = { openid: 'merchant', role: 'merchant' as const };
  // prettier-ignore
  return [
    // No identity: a valid event with no caller.
    { label: 'campaign.get without a caller', fn: 'campaign', event: get(ids.bargainCampaign), code: 'UNAUTHENTICATED', openid: null },
    { label: 'bargain.start without a caller', fn: 'bargain', event: { action: 'start', campaignId: ids.bargainCampaign }, code: 'UNAUTHENTICATED', openid: null },
    { label: 'assist.mine without a caller', fn: 'assist', event: { action: 'mine' }, code: 'UNAUTHENTICATED', openid: null },
    { label: 'coupon.claim without a caller', fn: 'coupon', event: claim(), code: 'UNAUTHENTICATED', openid: null },
    { label: 'coupon.redeem without a caller', fn: 'coupon', event: redeem({}), code: 'UNAUTHENTICATED', openid: null },
    // Roles come from the trusted context only.
    { label: 'a shopper redeeming', fn: 'coupon', event: redeem({}), code: 'FORBIDDEN' },
    { label: 'a shopper redeeming with role: merchant in the event', fn: 'coupon', event: redeem({ role: 'merchant' }), code: 'FORBIDDEN' },
    // Unknown keys: every schema is strict.
    { label: 'campaign.get with an extra key', fn: 'campaign', event: { ...get(ids.bargainCampaign), extra: 1 }, code: 'INVALID_INPUT' },
    { label: 'coupon.list with a filter it does not have', fn: 'coupon', event: { action: 'list', status: 'issued' }, code: 'INVALID_INPUT' },
    { label: 'bargain.start with a forged price', fn: 'bargain', event: { action: 'start', campaignId: ids.bargainCampaign, priceFen: 1 }, code: 'INVALID_INPUT' },
    { label: 'coupon.claim with a forged budget', fn: 'coupon', event: claim({ budget: 1e9 }), code: 'INVALID_INPUT' },
    { label: 'coupon.claim with a forged owner', fn: 'coupon', event: claim({ ownerOpenid: 'victim' }), code: 'INVALID_INPUT' },
    // Prototype pollution.
    { label: 'a __proto__ key (as JSON.parse makes it)', fn: 'coupon', event: JSON.parse('{"action":"list","__proto__":{"polluted":true}}'), code: 'INVALID_INPUT' },
    { label: 'a constructor key', fn: 'coupon', event: { action: 'list', constructor: { prototype: { polluted: true } } }, code: 'INVALID_INPUT' },
    { label: 'a prototype key', fn: 'campaign', event: { ...get(ids.bargainCampaign), prototype: { polluted: true } }, code: 'INVALID_INPUT' },
    // Wrong types.
    ...[42, null, {}, ['x'], true, undefined].map((id) => ({ label: `campaignId ${show(id)}`, fn: 'campaign', event: get(id), code: 'INVALID_INPUT' })),
    { label: 'preview "yes"', fn: 'campaign', event: { ...get(ids.bargainCampaign), preview: 'yes' }, code: 'INVALID_INPUT' },
    { label: 'preview 1', fn: 'campaign', event: { ...get(ids.bargainCampaign), preview: 1 }, code: 'INVALID_INPUT' },
    { label: 'bargainId as a query object', fn: 'bargain', event: { action: 'help', bargainId: { $ne: null } }, code: 'INVALID_INPUT' },
    { label: 'requestId as a number', fn: 'coupon', event: claim({ requestId: 12345678 }), code: 'INVALID_INPUT' },
    { label: 'orderId as an object', fn: 'coupon', event: redeem({ orderId: {} }), code: 'INVALID_INPUT', ...asMerchant },
    // Numbers, negative and fractional, where ids belong.
    ...[-1, 1.5, -0.5, 0, Number.NaN, Infinity].map((n) => ({ label: `campaignId ${n}`, fn: 'campaign', event: get(n), code: 'INVALID_INPUT' })),
    { label: 'bargainId 0.5', fn: 'bargain', event: { action: 'get', bargainId: 0.5 }, code: 'INVALID_INPUT' },
    { label: 'couponId -1', fn: 'coupon', event: redeem({ couponId: -1 }), code: 'INVALID_INPUT', ...asMerchant },
    { label: 'orderId -7.5', fn: 'coupon', event: redeem({ orderId: -7.5 }), code: 'INVALID_INPUT', ...asMerchant },
    // Huge strings (100k characters).
    { label: 'a huge campaignId', fn: 'campaign', event: get(HUGE), code: 'INVALID_INPUT' },
    { label: 'a huge bargainId', fn: 'bargain', event: { action: 'help', bargainId: `brg_${HUGE}` }, code: 'INVALID_INPUT' },
    { label: 'a huge assistId', fn: 'assist', event: { action: 'help', assistId: `ast_${HUGE}` }, code: 'INVALID_INPUT' },
    { label: 'a huge templateId', fn: 'coupon', event: { action: 'claim', templateId: HUGE }, code: 'INVALID_INPUT' },
    { label: 'a huge requestId', fn: 'coupon', event: claim({ requestId: HUGE }), code: 'INVALID_INPUT' },
    { label: 'a huge orderId', fn: 'coupon', event: redeem({ orderId: HUGE }), code: 'INVALID_INPUT', ...asMerchant },
    { label: 'a huge unknown key', fn: 'coupon', event: { action: 'list', [HUGE]: 1 }, code: 'INVALID_INPUT' },
    // SQL injection and NUL bytes in ids.
    { label: 'campaignId with a DROP', fn: 'campaign', event: get("x'; drop table campaign; --"), code: 'INVALID_INPUT' },
    { label: "campaignId with or '1'='1", fn: 'campaign', event: get(`${ids.bargainCampaign}' or '1'='1`), code: 'INVALID_INPUT' },
    { label: 'bargainId with or 1=1', fn: 'bargain', event: { action: 'help', bargainId: `${ids.bargain}' or 1=1 --` }, code: 'INVALID_INPUT' },
    { label: 'assistId with a comment', fn: 'assist', event: { action: 'get', assistId: "ast_0000000000000000' --" }, code: 'INVALID_INPUT' },
    { label: 'templateId with a DELETE', fn: 'coupon', event: { action: 'claim', templateId: "t'); delete from coupon; --" }, code: 'INVALID_INPUT' },
    { label: 'requestId with or 1=1', fn: 'coupon', event: claim({ requestId: "abcdefgh' or 1=1--" }), code: 'INVALID_INPUT' },
    { label: 'couponId with a UNION', fn: 'coupon', event: redeem({ couponId: `${ids.coupon}' union select 1 --` }), code: 'INVALID_INPUT', ...asMerchant },
    { label: 'orderId with an UPDATE', fn: 'coupon', event: redeem({ orderId: "1; update coupon set status='redeemed'" }), code: 'INVALID_INPUT', ...asMerchant },
    { label: 'campaignId with a NUL byte', fn: 'campaign', event: get('ab\u0000cd'), code: 'INVALID_INPUT' },
    { label: 'campaignId with a lone high surrogate', fn: 'campaign', event: get('ab\ud800cd'), code: 'INVALID_INPUT' },
    { label: 'campaignId with a lone low surrogate', fn: 'campaign', event: get('ab\udc00'), code: 'INVALID_INPUT' },
    { label: 'a key with a lone surrogate', fn: 'coupon', event: { action: 'list', ['k\ud800']: 1 }, code: 'INVALID_INPUT' },
  ] as BadEvent[];
}
