import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { SharePanel, type SharePanelProps } from '../../../../src/components/SharePanel';

const PATH = '/pages/bargain/index?bargainId=brg_0000000000000001&token=AbCdEfGh1234';

function props(overrides: Partial<SharePanelProps> = {}): SharePanelProps {
  return {
    shareLabel: '邀请好友帮砍',
    path: PATH,
    posterTitle: '帮我砍一刀，保温杯 ¥1 就能拿',
    qr: { status: 'idle' },
    onPoster: jest.fn(),
    subscribe: {
      label: '好友帮你砍价时通知我',
      target: { kind: 'bargain', id: 'brg_0000000000000001' },
    },
    invitesUrl: '/pages/invites/index?campaignId=demo-bargain',
    ...overrides,
  };
}

describe('SharePanel: share, poster, invite progress', () => {
  test('H5: the poster shows the link; no code is asked for', () => {
    const p = props();
    render(<SharePanel {...p} />);

    fireEvent.click(screen.getByTestId('poster-toggle'));

    expect(screen.getByTestId('invite-poster-link')).toHaveTextContent(`http://localhost/#${PATH}`);
    expect(p.onPoster).not.toHaveBeenCalled();
    expect(screen.getByTestId('poster-toggle')).toHaveTextContent('收起海报');
  });

  test('weapp: opening the poster asks for the code once, and shows it when it comes', () => {
    process.env.TARO_ENV = 'weapp';
    const p = props();
    const { rerender } = render(<SharePanel {...p} />);

    expect(p.onPoster).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('poster-toggle'));
    expect(p.onPoster).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('invite-poster')).toHaveTextContent('生成中…');

    rerender(<SharePanel {...p} qr={{ status: 'ready', src: 'data:image/png;base64,QQ==' }} />);
    expect(screen.getByTestId('invite-poster-qr')).toHaveAttribute(
      'src',
      'data:image/png;base64,QQ==',
    );
    expect(p.onPoster).toHaveBeenCalledTimes(1);
  });

  test('weapp: opened before the token came, the code is asked for once it does', () => {
    process.env.TARO_ENV = 'weapp';
    const p = props({ path: null });
    const { rerender } = render(<SharePanel {...p} />);

    fireEvent.click(screen.getByTestId('poster-toggle'));
    expect(p.onPoster).not.toHaveBeenCalled();
    rerender(<SharePanel {...p} path={PATH} />);

    expect(p.onPoster).toHaveBeenCalledTimes(1);
  });

  test('我的邀请与等级 opens the invites page for this campaign', () => {
    render(<SharePanel {...props()} />);

    fireEvent.click(screen.getByTestId('invites-link'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/pages/invites/index?campaignId=demo-bargain',
    });
  });
});
