import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { ShareButton, h5ShareUrl } from '../../../../src/components/ShareButton';

const PATH = '/pages/bargain/index?bargainId=brg_0000000000000001&token=AbCdEfGh1234';

describe('ShareButton: WeChat share in the weapp, a copied link in H5', () => {
  test('weapp: a share button (open-type="share") with the label, copying nothing', () => {
    process.env.TARO_ENV = 'weapp';

    render(<ShareButton path={PATH} label="邀请好友帮砍" />);
    fireEvent.click(screen.getByTestId('share-button'));

    expect(screen.getByTestId('share-button')).toHaveAttribute('data-open-type', 'share');
    expect(screen.getByTestId('share-button')).toHaveTextContent('邀请好友帮砍');
    expect(Taro.setClipboardData).not.toHaveBeenCalled();
  });

  test('H5: 复制链接 copies the hash-router URL of the same path and says so', async () => {
    render(<ShareButton path={PATH} label="邀请好友帮砍" />);

    fireEvent.click(screen.getByTestId('share-button'));

    expect(screen.getByTestId('share-button')).toHaveTextContent('复制链接');
    expect(screen.getByTestId('share-button')).not.toHaveAttribute('data-open-type');
    expect(Taro.setClipboardData).toHaveBeenCalledWith({ data: `http://localhost/#${PATH}` });
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith({
        title: '链接已复制，发给好友吧',
        icon: 'none',
      }),
    );
  });

  test('H5: disabled until the share token has arrived', () => {
    render(<ShareButton path={null} label="邀请好友帮砍" />);

    fireEvent.click(screen.getByTestId('share-button'));

    expect(screen.getByTestId('share-button')).toBeDisabled();
    expect(Taro.setClipboardData).not.toHaveBeenCalled();
  });

  test('h5ShareUrl: origin + /# + path', () => {
    expect(h5ShareUrl('/pages/assist/index?assistId=x')).toBe(
      'http://localhost/#/pages/assist/index?assistId=x',
    );
  });
});
