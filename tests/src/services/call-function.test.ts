import Taro from '@tarojs/taro';
import {
  BAD_RESPONSE_ERROR,
  NETWORK_ERROR,
  PERSONA_HEADER,
  call,
} from '../../../src/services/call-function';
import { setPersona } from '../../../src/services/persona';

const fetchMock = jest.fn();
const cloudCall = Taro.cloud.callFunction as unknown as jest.Mock;

function aResponse(status: number, body: unknown): Response {
  return {
    status,
    ok: status >= 200 && status < 300,
    json: () => Promise.resolve(body),
  } as unknown as Response;
}

function notJson(status: number): Response {
  return {
    status,
    ok: false,
    json: () => Promise.reject(new SyntaxError('Unexpected token < in JSON')),
  } as unknown as Response;
}

beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock;
});

describe('H5: POST /api/<name> with the event as JSON, as the current persona', () => {
  test('sends the event to the named function with the persona header', async () => {
    fetchMock.mockResolvedValue(aResponse(200, { ok: true, data: { n: 1 } }));

    await call('campaign', 'get', { campaignId: 'demo-bargain' });

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/campaign');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({
      'content-type': 'application/json',
      [PERSONA_HEADER]: 'u1',
    });
    expect(JSON.parse(init.body as string)).toEqual({ action: 'get', campaignId: 'demo-bargain' });
  });

  test('a switched persona is the identity of the next call', async () => {
    fetchMock.mockResolvedValue(aResponse(200, { ok: true, data: null }));
    setPersona('u7');

    await call('bargain', 'help', { bargainId: 'b1' });

    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/api/bargain');
    expect(init.headers).toMatchObject({ [PERSONA_HEADER]: 'u7' });
  });

  test('answers the body of a 200', async () => {
    fetchMock.mockResolvedValue(aResponse(200, { ok: true, data: { campaign: { id: 'x' } } }));

    await expect(call('campaign', 'get', { campaignId: 'demo-bargain' })).resolves.toEqual({
      ok: true,
      data: { campaign: { id: 'x' } },
    });
  });

  test.each([
    { label: '400 invalid input', status: 400, code: 'INVALID_INPUT' },
    { label: '404 not found', status: 404, code: 'NOT_FOUND' },
    { label: '409 rule refused', status: 409, code: 'ALREADY_HELPED' },
    { label: '500 internal', status: 500, code: 'INTERNAL' },
  ])('$label: the typed error in the body is the answer', async ({ status, code }) => {
    const body = { ok: false, error: { code, message: 'from server' } };
    fetchMock.mockResolvedValue(aResponse(status, body));

    await expect(call('assist', 'help', { assistId: 'ast_0000000000000000' })).resolves.toEqual(
      body,
    );
  });
});

describe('transport failures come back as INTERNAL results, never as rejections', () => {
  test.each([
    {
      label: 'fetch rejects (offline)',
      respond: () => Promise.reject(new TypeError('Failed to fetch')),
      error: NETWORK_ERROR,
    },
    {
      label: 'body is not JSON (proxy error page)',
      respond: () => Promise.resolve(notJson(502)),
      error: BAD_RESPONSE_ERROR,
    },
    {
      label: 'JSON that is not a FunctionResult',
      respond: () => Promise.resolve(aResponse(200, { hello: 1 })),
      error: BAD_RESPONSE_ERROR,
    },
    {
      label: 'ok:false without an error body',
      respond: () => Promise.resolve(aResponse(500, { ok: false })),
      error: BAD_RESPONSE_ERROR,
    },
  ])('$label', async ({ respond, error }) => {
    fetchMock.mockImplementation(respond);

    await expect(call('coupon', 'list', {})).resolves.toEqual({
      ok: false,
      error,
    });
  });

  test('the network message is in Chinese for the shopper', () => {
    expect(NETWORK_ERROR).toEqual({ code: 'INTERNAL', message: '网络异常，请稍后重试' });
  });
});

describe('weapp: the same event through Taro.cloud.callFunction', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });

  test('calls the named function with the event as data and answers res.result', async () => {
    const result = { ok: true, data: { campaign: { id: 'demo-bargain' } } };
    cloudCall.mockResolvedValue({ result, errMsg: 'cloud.callFunction:ok' });

    await expect(call('campaign', 'get', { campaignId: 'demo-bargain' })).resolves.toEqual(result);
    expect(cloudCall).toHaveBeenCalledWith({
      name: 'campaign',
      data: { action: 'get', campaignId: 'demo-bargain' },
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });

  test('a typed error in res.result is the answer', async () => {
    const result = { ok: false, error: { code: 'SELF_HELP', message: 'x' } };
    cloudCall.mockResolvedValue({ result, errMsg: 'cloud.callFunction:ok' });

    await expect(call('bargain', 'help', { bargainId: 'b1' })).resolves.toEqual(result);
  });

  test.each([
    {
      label: 'callFunction rejects',
      respond: () => Promise.reject(new Error('-501000')),
      error: NETWORK_ERROR,
    },
    {
      label: 'function crashed (no result)',
      respond: () => Promise.resolve({ errMsg: 'ok' }),
      error: BAD_RESPONSE_ERROR,
    },
  ])('$label → INTERNAL result', async ({ respond, error }) => {
    cloudCall.mockImplementation(respond);

    await expect(call('packet', 'mine', {})).resolves.toEqual({
      ok: false,
      error,
    });
  });
});
