import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { SubscribeButton } from '../../../../src/components/SubscribeButton';

const TEMPLATE = 'tmpl-help-notice';
const label = '好友帮你砍价时通知我';
const target = { kind: 'bargain' as const, id: 'brg_0000000000000001' };

const recorded = (unspent = 1) =>
  jest.mocked(Taro.cloud.callFunction).mockResolvedValueOnce({
    result: { ok: true, data: { unspent } },
    errMsg: 'cloud.callFunction:ok',
  } as never);

describe('SubscribeButton: one tap, one grant, recorded for this target', () => {
  test('weapp: rendering asks nothing; a tap asks WeChat for this template, then records the grant', async () => {
    process.env.TARO_ENV = 'weapp';
    jest.mocked(Taro.requestSubscribeMessage).mockResolvedValueOnce({
      errMsg: 'requestSubscribeMessage:ok',
      [TEMPLATE]: 'accept',
    });
    recorded();

    render(<SubscribeButton templateId={TEMPLATE} label={label} target={target} />);
    expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('subscribe-button'));

    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: [TEMPLATE] });
    expect(await screen.findByText(/已开启通知 1 次/)).toBeInTheDocument();
    expect(Taro.cloud.callFunction).toHaveBeenCalledWith({
      name: 'notify',
      data: { action: 'subscribe', templateId: TEMPLATE, target },
    });
    // Each grant allows one message: the button stays for one more.
    expect(screen.getByTestId('subscribe-button')).toBeEnabled();
    expect(screen.queryByText(/本地模拟/)).toBeNull();
  });

  test('weapp: a refusal records nothing and leaves the button to try again', async () => {
    process.env.TARO_ENV = 'weapp';
    jest.mocked(Taro.requestSubscribeMessage).mockResolvedValueOnce({
      errMsg: 'requestSubscribeMessage:ok',
      [TEMPLATE]: 'reject',
    });

    render(<SubscribeButton templateId={TEMPLATE} label={label} target={target} />);
    fireEvent.click(screen.getByTestId('subscribe-button'));

    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith({ title: '未开启通知', icon: 'none' }),
    );
    expect(Taro.cloud.callFunction).not.toHaveBeenCalled();
    expect(screen.getByTestId('subscribe-button')).toHaveTextContent(label);
  });

  test('weapp: a grant the server could not record says so', async () => {
    process.env.TARO_ENV = 'weapp';
    jest.mocked(Taro.requestSubscribeMessage).mockResolvedValueOnce({
      errMsg: 'requestSubscribeMessage:ok',
      [TEMPLATE]: 'accept',
    });
    jest.mocked(Taro.cloud.callFunction).mockRejectedValueOnce(new Error('offline'));

    render(<SubscribeButton templateId={TEMPLATE} label={label} target={target} />);
    fireEvent.click(screen.getByTestId('subscribe-button'));

    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith({ title: '通知开启失败，请重试', icon: 'none' }),
    );
    expect(screen.getByTestId('subscribe-button')).toHaveTextContent(label);
  });

  test('H5: the local host stands in for WeChat, visibly, and the grant is recorded', async () => {
    process.env.TARO_ENV = 'h5';
    // jsdom has no fetch: the host's answer, as the H5 transport reads it.
    const fetchMock = jest.fn(async (_url: string, _init?: RequestInit) => ({
      json: async () => ({ ok: true, data: { unspent: 1 } }),
    }));
    Object.assign(globalThis, { fetch: fetchMock });

    render(<SubscribeButton templateId="dev-help-notice" label={label} target={target} />);
    expect(screen.getByText(/本地模拟/)).toBeInTheDocument();
    fireEvent.click(screen.getByTestId('subscribe-button'));

    expect(await screen.findByText(/已开启通知 1 次/)).toBeInTheDocument();
    expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled();
    expect(JSON.parse(String(fetchMock.mock.calls[0]?.[1]?.body))).toEqual({
      action: 'subscribe',
      templateId: 'dev-help-notice',
      target,
    });
    Reflect.deleteProperty(globalThis, 'fetch');
  });

  test('hidden without a template id', () => {
    process.env.TARO_ENV = 'weapp';
    const { container } = render(<SubscribeButton templateId="" label={label} target={target} />);
    expect(container).toBeEmptyDOMElement();
  });
});
