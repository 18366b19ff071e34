/**
 * The local host: every function at POST /api/<name>, each error code at its HTTP status
 * (ERROR_HTTP_STATUS), every non-200 body `{ ok: false, error: { code, message } }`.
 * The demo flows through HTTP: host-acceptance.test.ts.
 */
import { ERROR_HTTP_STATUS } from '../../../cloudfunctions/contracts/errors';
import { snapshotDb } from '../../support/db-snapshot';
import { useInProcessHost, type InProcessHost } from '../../support/in-process-host';
import { storeKinds } from '../../support/stores';

const json = (body: string, persona: string | null = 'amy'): RequestInit => ({
  method: 'POST',
  headers: {
    'content-type': 'application/json',
    ...(persona === null ? {} : { 'x-fission-openid': persona }),
  },
  body,
});
const event = (e: unknown, persona: string | null = 'amy') => json(JSON.stringify(e), persona);

/** Each row: a request, the status and code it must answer. `setup` may prepare state. */
const ROWS: {
  label: string;
  path: string;
  init: RequestInit | ((host: InProcessHost) => Promise<RequestInit>);
  status: number;
  /** `ok` for a 200. */
  code: string;
}[] = [
  {
    label: 'campaign.get of demo-bargain',
    path: '/api/campaign',
    init: event({ action: 'get', campaignId: 'demo-bargain' }),
    status: 200,
    code: 'ok',
  },
  {
    label: 'a trailing slash',
    path: '/api/campaign/',
    init: event({ action: 'get', campaignId: 'demo-welcome' }),
    status: 200,
    code: 'ok',
  },
  {
    label: 'a malformed JSON body',
    path: '/api/campaign',
    init: json('{"action": "get", '),
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    label: 'an empty body',
    path: '/api/campaign',
    init: json(''),
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    label: 'a JSON string as the event',
    path: '/api/coupon',
    init: json('"list"'),
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    label: 'JSON null as the event',
    path: '/api/coupon',
    init: json('null'),
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    label: 'an unknown key',
    path: '/api/coupon',
    init: event({ action: 'list', all: true }),
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    label: 'an unknown action',
    path: '/api/campaign',
    init: event({ action: 'nope' }),
    status: 400,
    code: 'UNKNOWN_ACTION',
  },
  {
    label: 'an unknown function',
    path: '/api/nope',
    init: event({ action: 'get' }),
    status: 404,
    code: 'UNKNOWN_FUNCTION',
  },
  {
    label: 'a prototype key as the function',
    path: '/api/__proto__',
    init: event({ action: 'get' }),
    status: 404,
    code: 'UNKNOWN_FUNCTION',
  },
  {
    label: 'constructor as the function',
    path: '/api/constructor',
    init: event({ action: 'get' }),
    status: 404,
    code: 'UNKNOWN_FUNCTION',
  },
  {
    label: 'no persona header',
    path: '/api/coupon',
    init: event({ action: 'list' }, null),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    label: 'an empty persona',
    path: '/api/coupon',
    init: event({ action: 'list' }, ''),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    label: 'a persona with a space',
    path: '/api/coupon',
    init: event({ action: 'list' }, 'a b'),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    label: 'a 70-character persona',
    path: '/api/coupon',
    init: event({ action: 'list' }, 'p'.repeat(70)),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    label: 'a persona with a quote',
    path: '/api/coupon',
    init: event({ action: 'list' }, "x'--"),
    status: 401,
    code: 'UNAUTHENTICATED',
  },
  {
    label: 'a shopper redeeming',
    path: '/api/coupon',
    init: event({
      action: 'redeem',
      couponId: 'cpn_0000000000000000',
      orderId: 'o-1',
      buyerOpenid: 'u1',
      amountFen: 100,
      productIds: [],
    }),
    status: 403,
    code: 'FORBIDDEN',
  },
  {
    label: 'the merchant redeeming an unknown coupon',
    path: '/api/coupon',
    init: event(
      {
        action: 'redeem',
        couponId: 'cpn_0000000000000000',
        orderId: 'o-1',
        buyerOpenid: 'u1',
        amountFen: 100,
        productIds: [],
      },
      'merchant',
    ),
    status: 404,
    code: 'NOT_FOUND',
  },
  {
    label: 'an unknown campaign',
    path: '/api/campaign',
    init: event({ action: 'get', campaignId: 'no-such-campaign' }),
    status: 404,
    code: 'NOT_FOUND',
  },
  {
    label: 'a rule refusal (self-help)',
    path: '/api/bargain',
    init: async (host) => {
      const started = await host.call(
        'bargain',
        { action: 'start', campaignId: 'demo-bargain' },
        'selfish',
      );
      return event({ action: 'help', bargainId: started.body.data.bargain.id }, 'selfish');
    },
    status: 409,
    code: 'SELF_HELP',
  },
  {
    label: 'GET on a function',
    path: '/api/campaign',
    init: { method: 'GET' },
    status: 405,
    code: 'INVALID_INPUT',
  },
  {
    label: 'PUT on a function',
    path: '/api/campaign',
    init: { ...event({ action: 'get', campaignId: 'demo-bargain' }), method: 'PUT' },
    status: 405,
    code: 'INVALID_INPUT',
  },
  {
    label: 'a body over 64 KB',
    path: '/api/coupon',
    init: json(JSON.stringify({ action: 'list', pad: 'x'.repeat(70 * 1024) })),
    status: 413,
    code: 'INVALID_INPUT',
  },
  {
    label: 'campaign.save with a lone surrogate in the title (answered 500)',
    path: '/api/campaign',
    init: {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fission-openid': 'merchant' },
      body: '{"action":"save","config":{"id":"lone-title","kind":"coupon","title":"abc\\ud800def"}}',
    },
    status: 400,
    code: 'INVALID_INPUT',
  },
  {
    label: 'an unknown page (no static dir)',
    path: '/nope',
    init: { method: 'GET' },
    status: 404,
    code: 'NOT_FOUND',
  },
  // BUG (reported): decodeURIComponent throws on a malformed escape, the host's catch-all
  // answers 500 INTERNAL (and logs it as a bug) for what is just a bad request path.
  {
    label: 'BUG: a malformed %-escape in the function name',
    path: '/api/%E0%A4%A',
    init: event({ action: 'get' }),
    status: 404,
    code: 'UNKNOWN_FUNCTION',
  },
];

describe.each(storeKinds())('the local host on %s', (kind) => {
  const host = useInProcessHost(kind);

  test.each(ROWS)('$label → $status $code', async ({ path, init, status, code }) => {
    const requestInit = typeof init === 'function' ? await init(host) : init;
    const before = await snapshotDb(host.store);
    const errors = jest.spyOn(console, 'error').mockImplementation(() => {});
    const response = await host.request(path, requestInit);
    errors.mockRestore();
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    if (code === 'ok') {
      expect(response).toMatchObject({ status: 200, body: { ok: true, data: expect.any(Object) } });
      return;
    }
    expect({ status: response.status, body: response.body }).toEqual({
      status,
      body: { ok: false, error: { code, message: expect.any(String) } },
    });
    expect(response.body.error.message.length).toBeGreaterThan(0);
    if (status !== 405 && status !== 413) {
      expect(status).toBe(ERROR_HTTP_STATUS[code as keyof typeof ERROR_HTTP_STATUS]);
    }
    if (status === 405) expect(response.headers.get('allow')).toBe('POST');
    expect(await snapshotDb(host.store)).toEqual(before);
  });

  test('/healthz answers ok with the store kind', async () => {
    const response = await host.request('/healthz');
    expect(response).toMatchObject({ status: 200, body: { ok: true, data: { store: kind } } });
  });

  test('the persona header decides who calls, and the merchant set decides the role', async () => {
    const claim = { action: 'claim', templateId: 'demo-welcome', openid: 'someone-else' };
    const claimed = await host.call('coupon', claim, 'persona-1');
    expect(claimed.status).toBe(200);
    const list = async (persona: string) =>
      (await host.call('coupon', { action: 'list' }, persona)).body.data.coupons;
    expect(await list('persona-1')).toEqual([
      expect.objectContaining({ templateId: 'demo-welcome' }),
    ]);
    expect(await list('someone-else')).toEqual([]);
    const couponId = claimed.body.data.coupon.id;
    const redeem = {
      action: 'redeem',
      couponId,
      orderId: 'order-1',
      buyerOpenid: 'persona-1',
      amountFen: 10_000,
      productIds: [],
    };
    expect((await host.call('coupon', redeem, 'persona-1')).status).toBe(403);
    expect(await host.call('coupon', redeem, 'merchant')).toMatchObject({
      status: 200,
      body: { ok: true, data: { replayed: false, coupon: { status: 'redeemed' } } },
    });
  });
});
