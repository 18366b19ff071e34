// WeChat APIs a simulator test watches: each a jest.fn that succeeds at once, as WeChat's own
// would (a modal is confirmed). Installed on `wx` before all tests of the describe that calls
// stubWx, cleared before each of them:
//
//   const wx = stubWx(['navigateTo']);
//   await waitFor(() => expect(wx.navigateTo).toHaveBeenCalledTimes(1));

export type WxApi = 'navigateTo' | 'redirectTo' | 'showModal';

export interface WxOptions {
  url?: string;
  success?: (res: unknown) => void;
  [option: string]: unknown;
}

export type WxStub = jest.Mock<void, [WxOptions]>;

const SUCCESS: Record<WxApi, Record<string, unknown>> = {
  navigateTo: { errMsg: 'navigateTo:ok' },
  redirectTo: { errMsg: 'redirectTo:ok' },
  showModal: { confirm: true, cancel: false, errMsg: 'showModal:ok' },
};

export function stubWx<Api extends WxApi>(apis: Api[]): Record<Api, WxStub> {
  const stubs = Object.fromEntries(
    apis.map((api) => [api, jest.fn((options: WxOptions) => options.success?.(SUCCESS[api]))]),
  ) as Record<Api, WxStub>;

  beforeAll(() => {
    const g = globalThis as unknown as { wx?: Record<string, unknown> };
    g.wx = Object.assign(g.wx ?? {}, stubs);
  });

  beforeEach(() => {
    for (const stub of Object.values<WxStub>(stubs)) stub.mockClear();
  });

  return stubs;
}
