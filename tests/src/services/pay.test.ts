import Taro from '@tarojs/taro';
import {
  BAD_RESPONSE_ERROR,
  NETWORK_ERROR,
  PERSONA_HEADER,
} from '../../../src/services/call-function';
import { CHECKOUT_ELSEWHERE, payForGroup } from '../../../src/services/pay';
import { setPersona } from '../../../src/services/persona';

const GROUP_ID = 'grp_0000000000000001';
const fetchMock = jest.fn();
const cloudCall = Taro.cloud.callFunction as unknown as jest.Mock;
const showModal = Taro.showModal as unknown as jest.Mock;

const reported = {
  ok: true,
  data: {
    order: {
      orderId: 'dev-ord-1',
      amountFen: 4900,
      campaignId: 'demo-group',
      productId: 'p1',
      couponId: null,
      groupId: GROUP_ID,
      groupOutcome: 'seat',
      reportedAt: '2026-11-23T08:00:00.000Z',
    },
    replayed: false,
  },
};

function aResponse(status: number, body: unknown): Response {
  return { status, json: () => Promise.resolve(body) } as unknown as Response;
}

beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock;
});

describe('H5: the local host’s fake checkout takes the payment and reports the order', () => {
  test('POSTs { campaignId, groupId } to /dev/checkout as the current persona', async () => {
    fetchMock.mockResolvedValue(aResponse(200, reported));
    setPersona('u4');

    await expect(payForGroup('demo-group', GROUP_ID)).resolves.toEqual(reported);

    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('/dev/checkout');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({
      'content-type': 'application/json',
      [PERSONA_HEADER]: 'u4',
    });
    expect(JSON.parse(init.body as string)).toEqual({
      campaignId: 'demo-group',
      groupId: GROUP_ID,
    });
    expect(showModal).not.toHaveBeenCalled();
  });

  test.each([
    {
      label: 'a typed refusal in a 409 body is the answer',
      respond: () =>
        Promise.resolve(
          aResponse(409, { ok: false, error: { code: 'GROUP_FULL', message: 'full' } }),
        ),
      answer: { ok: false, error: { code: 'GROUP_FULL', message: 'full' } },
    },
    {
      label: 'offline → INTERNAL, never a rejection',
      respond: () => Promise.reject(new TypeError('Failed to fetch')),
      answer: { ok: false, error: NETWORK_ERROR },
    },
    {
      label: 'not a FunctionResult → INTERNAL',
      respond: () => Promise.resolve(aResponse(404, { hello: 1 })),
      answer: { ok: false, error: BAD_RESPONSE_ERROR },
    },
  ])('$label', async ({ respond, answer }) => {
    fetchMock.mockImplementation(respond);

    await expect(payForGroup('demo-group', GROUP_ID)).resolves.toEqual(answer);
  });
});

describe('weapp: nothing is faked, the shopper is sent to the merchant’s checkout', () => {
  beforeEach(() => {
    process.env.TARO_ENV = 'weapp';
  });

  test('says 请在商家收银台完成支付 and answers UNAVAILABLE, with no call anywhere', async () => {
    await expect(payForGroup('demo-group', GROUP_ID)).resolves.toEqual({
      ok: false,
      error: { code: 'UNAVAILABLE', message: CHECKOUT_ELSEWHERE },
    });

    expect(CHECKOUT_ELSEWHERE).toBe('请在商家收银台完成支付');
    expect(showModal).toHaveBeenCalledWith(
      expect.objectContaining({ content: '请在商家收银台完成支付', showCancel: false }),
    );
    expect(fetchMock).not.toHaveBeenCalled();
    expect(cloudCall).not.toHaveBeenCalled();
  });

  test('a modal that fails to open still answers UNAVAILABLE', async () => {
    showModal.mockRejectedValueOnce(new Error('showModal:fail'));

    await expect(payForGroup('demo-group', GROUP_ID)).resolves.toMatchObject({
      ok: false,
      error: { code: 'UNAVAILABLE' },
    });
  });
});
