import { render, screen } from '@testing-library/react';
import { InvitePoster } from '../../../../src/components/InvitePoster';

const base = { title: '帮我砍一刀，保温杯 ¥1 就能拿', subtitle: '316 不锈钢保温杯' };

describe('InvitePoster: the offer plus a code (weapp) or a link (H5)', () => {
  test('with a code: the image, and how to use it', () => {
    render(
      <InvitePoster {...base} qrSrc="data:image/png;base64,AAAA" link={null} loading={false} />,
    );

    expect(screen.getByTestId('invite-poster')).toHaveTextContent(base.title);
    expect(screen.getByTestId('invite-poster-qr')).toHaveAttribute(
      'src',
      'data:image/png;base64,AAAA',
    );
    expect(screen.getByTestId('invite-poster')).toHaveTextContent('长按识别小程序码');
  });

  test('H5: no code, the link instead', () => {
    render(
      <InvitePoster {...base} qrSrc={null} link="http://127.0.0.1/#/pages/x" loading={false} />,
    );

    expect(screen.queryByTestId('invite-poster-qr')).not.toBeInTheDocument();
    expect(screen.getByTestId('invite-poster-link')).toHaveTextContent(
      'http://127.0.0.1/#/pages/x',
    );
  });

  test('while the code is drawn: 生成中…', () => {
    render(<InvitePoster {...base} qrSrc={null} link={null} loading />);

    expect(screen.getByTestId('invite-poster')).toHaveTextContent('生成中…');
  });

  test('a failed code says why', () => {
    render(
      <InvitePoster
        {...base}
        qrSrc={null}
        link={null}
        loading={false}
        error="当前环境暂不支持该功能"
      />,
    );

    expect(screen.getByTestId('invite-poster')).toHaveTextContent('当前环境暂不支持该功能');
  });
});
