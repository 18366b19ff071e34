import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { InvitePoster } from '../../../../src/components/InvitePoster';
import { savePosterToAlbum } from '../../../../src/components/InvitePoster/save-poster';
import { POSTER_PNG } from '../../../support/ui/setup';

const base = { title: '帮我砍一刀，保温杯 ¥1 就能拿', subtitle: '316 不锈钢保温杯' };
const drawn = () => (globalThis as unknown as { lastPosterText: string[] }).lastPosterText;

describe('InvitePoster (H5): a rendered PNG, not a view to screenshot', () => {
  test('the offer, the sharer and the link drawn on a canvas, shown as a PNG to download', async () => {
    render(
      <InvitePoster
        {...base}
        sharerName="小王"
        qrSrc={null}
        link="http://127.0.0.1/#/pages/x"
        loading={false}
      />,
    );

    expect(await screen.findByTestId('invite-poster-image')).toHaveAttribute('src', POSTER_PNG);
    expect(drawn()).toEqual(
      expect.arrayContaining(['小王 邀请你', '316 不锈钢保温杯', '好友打开链接即可参与']),
    );
    expect(drawn().join('')).toContain(base.title);
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      expect(this.download).toBe('fission-poster.png');
      expect(this.href).toBe(POSTER_PNG);
    });
    fireEvent.click(screen.getByTestId('invite-poster-save'));
    expect(screen.getByTestId('invite-poster-save')).toHaveTextContent('下载海报');
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();
  });

  test('no link yet: nothing drawn, the text poster says 生成中…', () => {
    render(<InvitePoster {...base} qrSrc={null} link={null} loading />);
    expect(screen.queryByTestId('invite-poster-image')).not.toBeInTheDocument();
    expect(screen.getByTestId('invite-poster')).toHaveTextContent('生成中…');
  });
});

describe('savePosterToAlbum (WeChat): the album permission is asked for on the tap, only then', () => {
  const getSetting = Taro.getSetting as jest.Mock;
  const authorize = Taro.authorize as jest.Mock;
  const openSetting = Taro.openSetting as jest.Mock;
  const save = Taro.saveImageToPhotosAlbum as jest.Mock;

  test('never asked: WeChat prompts (authorize), then the poster is saved', async () => {
    expect(await savePosterToAlbum('wxfile://tmp/poster.png')).toBe('saved');
    expect(authorize).toHaveBeenCalledWith({ scope: 'scope.writePhotosAlbum' });
    expect(save).toHaveBeenCalledWith({ filePath: 'wxfile://tmp/poster.png' });
  });

  test('already granted: no prompt, saved', async () => {
    getSetting.mockResolvedValueOnce({ authSetting: { 'scope.writePhotosAlbum': true } });
    expect(await savePosterToAlbum('p.png')).toBe('saved');
    expect(authorize).not.toHaveBeenCalled();
  });

  test('the prompt refused: nothing saved', async () => {
    authorize.mockRejectedValueOnce(new Error('authorize:fail auth deny'));
    expect(await savePosterToAlbum('p.png')).toBe('denied');
    expect(save).not.toHaveBeenCalled();
  });

  test('refused before: WeChat will not prompt again, so its settings page is offered', async () => {
    getSetting.mockResolvedValueOnce({ authSetting: { 'scope.writePhotosAlbum': false } });
    openSetting.mockResolvedValueOnce({ authSetting: { 'scope.writePhotosAlbum': true } });
    expect(await savePosterToAlbum('p.png')).toBe('saved');
    expect(Taro.showModal).toHaveBeenCalledWith(expect.objectContaining({ confirmText: '去设置' }));
    expect(authorize).not.toHaveBeenCalled();
    expect(save).toHaveBeenCalledWith({ filePath: 'p.png' });
  });

  test('a failed save says failed, never throws', async () => {
    save.mockRejectedValueOnce(new Error('saveImageToPhotosAlbum:fail'));
    expect(await savePosterToAlbum('p.png')).toBe('failed');
  });
});

describe('InvitePoster (WeChat): nothing is asked for before the tap', () => {
  test('rendering the poster asks for no permission', () => {
    process.env.TARO_ENV = 'weapp';
    render(
      <InvitePoster {...base} qrSrc="data:image/png;base64,AAAA" link={null} loading={false} />,
    );
    expect(Taro.authorize).not.toHaveBeenCalled();
    expect(Taro.getSetting).not.toHaveBeenCalled();
    expect(Taro.saveImageToPhotosAlbum).not.toHaveBeenCalled();
  });
});
