import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { SubscribeButton } from '../../../../src/components/SubscribeButton';

const TEMPLATE = 'tmpl-help-notice';
const label = '好友帮你砍价时通知我';

describe('SubscribeButton: asks WeChat only when tapped', () => {
  test('weapp: rendering asks nothing; a tap asks for exactly this template', async () => {
    process.env.TARO_ENV = 'weapp';
    jest.mocked(Taro.requestSubscribeMessage).mockResolvedValueOnce({
      errMsg: 'requestSubscribeMessage:ok',
      [TEMPLATE]: 'accept',
    });

    render(<SubscribeButton templateId={TEMPLATE} label={label} />);
    expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('subscribe-button'));

    expect(Taro.requestSubscribeMessage).toHaveBeenCalledTimes(1);
    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: [TEMPLATE] });
    expect(await screen.findByText('已开启通知')).toBeInTheDocument();
    expect(screen.getByTestId('subscribe-button')).toBeDisabled();
  });

  test('weapp: a refusal leaves the button there to try again', async () => {
    process.env.TARO_ENV = 'weapp';
    jest.mocked(Taro.requestSubscribeMessage).mockResolvedValueOnce({
      errMsg: 'requestSubscribeMessage:ok',
      [TEMPLATE]: 'reject',
    });

    render(<SubscribeButton templateId={TEMPLATE} label={label} />);
    fireEvent.click(screen.getByTestId('subscribe-button'));

    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith({ title: '未开启通知', icon: 'none' }),
    );
    expect(screen.getByTestId('subscribe-button')).toHaveTextContent(label);
    expect(screen.getByTestId('subscribe-button')).toBeEnabled();
  });

  test.each([
    { label: 'H5 (no subscribe messages)', env: 'h5' as const, templateId: TEMPLATE },
    { label: 'weapp without a template id', env: 'weapp' as const, templateId: '' },
  ])('hidden: $label', ({ env, templateId }) => {
    process.env.TARO_ENV = env;

    const { container } = render(<SubscribeButton templateId={templateId} label={label} />);

    expect(container).toBeEmptyDOMElement();
    expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled();
  });
});
