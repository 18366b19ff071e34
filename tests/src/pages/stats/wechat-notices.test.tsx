/**
 * WeChat's own warnings reach the merchant: at the very top of the stats page, what WeChat
 * said, when, the rule (its link copied, since a mini-program cannot open WeChat's pages),
 * the deadline, which campaigns were paused and how to resume them.
 */
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import StatsPage from '../../../../src/pages/stats';
import { campaignStats, listCampaigns, wechatNotices } from '../../../../src/services/stats';
import { fail, ok } from '../../../support/ui/page-helpers';
import { setRouter } from '../../../support/ui/taro';
import { aCampaignStats, aWechatNotice, aWechatWarning } from './stats-builders';

jest.mock('../../../../src/services/stats');

const notices = jest.mocked(wechatNotices);
const setClipboardData = Taro.setClipboardData as jest.Mock;

beforeEach(() => {
  setRouter({ campaignId: 'demo-bargain' }, '/pages/stats/index');
  jest.mocked(campaignStats).mockResolvedValue(ok(aCampaignStats()));
  jest.mocked(listCampaigns).mockResolvedValue(ok([]));
  notices.mockReset();
  setClipboardData.mockClear();
  (Taro.showToast as jest.Mock).mockClear();
});

describe('a punishment: at the top, what WeChat said and what was paused', () => {
  test('the notice comes before the campaign’s numbers', async () => {
    notices.mockResolvedValue(ok([aWechatNotice()]));

    const { container } = render(<StatsPage />);

    const banner = await screen.findByTestId('wechat-notices');
    await screen.findByTestId('viral-card');
    const page = container.querySelector('.stats-page')!;
    expect(page.firstElementChild).toBe(banner);
  });

  test('what, when, why, the rule, the ban, the pauses and how to resume', async () => {
    notices.mockResolvedValue(ok([aWechatNotice()]));

    render(<StatsPage />);

    const notice = await screen.findByTestId('wechat-notice');
    const text = (id: string) => within(notice).getByTestId(id).textContent;
    expect(text('notice-title')).toBe('微信平台通知：功能封禁');
    expect(text('notice-when')).toBe('违规时间 2026-03-01 10:00');
    expect(text('notice-reason')).toBe('违规原因：诱导分享');
    expect(text('notice-content')).toBe('违规内容：分享到3个群即可领取');
    expect(text('notice-consequence')).toBe('已封禁功能：分享 7 天');
    expect(text('notice-rule')).toBe('违反规则：《微信小程序平台运营规范》5.1 诱导分享');
    expect(within(notice).getByTestId('notice-pauses')).toHaveTextContent(
      /^已自动暂停 2 个当时进行中的活动：/,
    );
    expect(
      within(notice)
        .getAllByTestId('notice-paused')
        .map((row) => row.textContent),
    ).toEqual([
      '好友帮砍，保温杯 ¥1 带回家demo-bargain · 暂停中',
      '3 人成团，明前龙井 ¥69demo-group · 暂停中',
    ]);
    expect(within(notice).getByTestId('notice-pauses')).toHaveTextContent(
      /暂停期间不能新发起或领取，已开始的砍价、助力、拼团等照常进行到各自截止。$/,
    );
    expect(text('notice-resume')).toBe(
      '整改完成后逐个恢复：npm run campaign -- resume <活动 id>（云函数 campaign.resume）',
    );
  });

  test.each([
    {
      button: 'notice-copy-rule',
      url: 'https://developers.weixin.qq.com/miniprogram/product/#_5-1',
      toast: '规则链接已复制',
    },
    {
      button: 'notice-copy-guide',
      url: 'https://developers.weixin.qq.com/miniprogram/product/guide',
      toast: '申诉及整改指引链接已复制',
    },
  ])('$button copies its link', async ({ button, url, toast }) => {
    notices.mockResolvedValue(ok([aWechatNotice()]));

    render(<StatsPage />);

    fireEvent.click(await screen.findByTestId(button));
    expect(setClipboardData).toHaveBeenCalledWith({ data: url });
    await waitFor(() =>
      expect(Taro.showToast).toHaveBeenCalledWith({ title: toast, icon: 'none' }),
    );
  });

  test('once every paused campaign is resumed, the page says so and stops telling how', async () => {
    notices.mockResolvedValue(
      ok([
        aWechatNotice({
          pausedCampaigns: [
            { campaignId: 'demo-bargain', title: '好友帮砍，保温杯 ¥1 带回家', status: 'live' },
            { campaignId: 'demo-group', title: '3 人成团，明前龙井 ¥69', status: 'ended' },
          ],
        }),
      ]),
    );

    render(<StatsPage />);

    await screen.findByTestId('notice-pauses');
    expect(screen.getAllByTestId('notice-paused').map((row) => row.textContent)).toEqual([
      '好友帮砍，保温杯 ¥1 带回家demo-bargain · 已恢复',
      '3 人成团，明前龙井 ¥69demo-group · 已结束',
    ]);
    expect(screen.queryByTestId('notice-resume')).not.toBeInTheDocument();
  });
});

test('one campaign still paused: the command to resume names it', async () => {
  notices.mockResolvedValue(
    ok([
      aWechatNotice({
        pausedCampaigns: [
          { campaignId: 'demo-bargain', title: '好友帮砍，保温杯 ¥1 带回家', status: 'paused' },
          { campaignId: 'demo-group', title: '3 人成团，明前龙井 ¥69', status: 'live' },
        ],
      }),
    ]),
  );

  render(<StatsPage />);

  expect(await screen.findByTestId('notice-resume')).toHaveTextContent(
    '整改完成后恢复：npm run campaign -- resume demo-bargain（云函数 campaign.resume）',
  );
});

describe('each kind of notice says what it means', () => {
  test.each([
    {
      label: 'a warning of a function ban: the deadline and the threat; recorded only',
      notice: aWechatWarning(),
      title: '微信平台通知：违规警告',
      consequence: '请在 2026-03-08 10:00 前完成整改，否则将封禁功能：分享 7 天、搜索 30 天',
      pauses: '警告只记录，未暂停活动（FISSION_AUTO_PAUSE=bans 在处罚时才暂停）。',
    },
    {
      label: 'a warning of an account ban',
      notice: aWechatWarning({ warnedOf: 'account-ban', functions: [], days: 14 }),
      title: '微信平台通知：违规警告',
      consequence: '请在 2026-03-08 10:00 前完成整改，否则将封禁小程序账号 14 天',
      pauses: '警告只记录，未暂停活动（FISSION_AUTO_PAUSE=bans 在处罚时才暂停）。',
    },
    {
      label: 'a warning of a takedown, under FISSION_AUTO_PAUSE=off',
      notice: aWechatWarning({ warnedOf: 'takedown', functions: [], days: 3, autoPause: 'off' }),
      title: '微信平台通知：违规警告',
      consequence: '请在 2026-03-08 10:00 前完成整改，否则将下架小程序 3 天',
      pauses: '按设置（FISSION_AUTO_PAUSE=off）只记录，未暂停活动。',
    },
    {
      label: 'a takedown with nothing live to pause',
      notice: aWechatNotice({ kind: 'takedown', eventType: 3, functions: [], pausedCampaigns: [] }),
      title: '微信平台通知：小程序下架',
      consequence: '小程序已被下架',
      pauses: '收到时没有进行中的活动，未暂停任何活动。',
    },
    {
      label: 'an account ban',
      notice: aWechatNotice({ kind: 'account-ban', eventType: 4, functions: [] }),
      title: '微信平台通知：账号封禁',
      consequence: '小程序账号已被封禁',
      pauses: '已自动暂停 2 个当时进行中的活动',
    },
    {
      label: 'a page ban',
      notice: aWechatNotice({ kind: 'page-ban', eventType: 10, functions: [] }),
      title: '微信平台通知：页面封禁',
      consequence: '部分页面已被封禁',
      pauses: '已自动暂停 2 个当时进行中的活动',
    },
  ])('$label', async ({ notice, title, consequence, pauses }) => {
    notices.mockResolvedValue(ok([notice]));

    render(<StatsPage />);

    expect(await screen.findByTestId('notice-title')).toHaveTextContent(title);
    expect(screen.getByTestId('notice-consequence')).toHaveTextContent(consequence);
    expect(screen.getByTestId('notice-pauses')).toHaveTextContent(pauses);
  });

  test('a type of punishment WeChat added since: its detail as sent, its time of arrival', async () => {
    notices.mockResolvedValue(
      ok([
        aWechatNotice({
          kind: 'other',
          eventType: 7,
          functions: [],
          punishedAt: null,
          detailText: '{"something":[7]}',
        }),
      ]),
    );

    render(<StatsPage />);

    expect(await screen.findByTestId('notice-title')).toHaveTextContent('微信平台通知：违规处罚');
    expect(screen.getByTestId('notice-when')).toHaveTextContent('收到时间 2026-03-01 10:05');
    expect(screen.getByTestId('notice-detail')).toHaveTextContent('处罚详情：{"something":[7]}');
    expect(screen.queryByTestId('notice-consequence')).not.toBeInTheDocument();
  });

  test('several notices, newest first as the server sent them', async () => {
    notices.mockResolvedValue(ok([aWechatNotice(), aWechatWarning()]));

    render(<StatsPage />);

    expect(await screen.findAllByTestId('notice-title')).toHaveLength(2);
    expect(screen.getAllByTestId('notice-title').map((t) => t.textContent)).toEqual([
      '微信平台通知：功能封禁',
      '微信平台通知：违规警告',
    ]);
  });
});

describe('when there is nothing to show', () => {
  test('no notices: no banner', async () => {
    notices.mockResolvedValue(ok([]));

    render(<StatsPage />);

    await screen.findByTestId('viral-card');
    expect(screen.queryByTestId('wechat-notices')).not.toBeInTheDocument();
    expect(screen.queryByTestId('notices-error')).not.toBeInTheDocument();
  });

  test('a shopper (FORBIDDEN): nothing about notices at all', async () => {
    notices.mockResolvedValue(fail('FORBIDDEN'));
    jest.mocked(campaignStats).mockResolvedValue(fail('FORBIDDEN'));

    render(<StatsPage />);

    expect(await screen.findByTestId('page-empty')).toHaveTextContent('仅商家可查看');
    expect(screen.queryByTestId('wechat-notices')).not.toBeInTheDocument();
    expect(screen.queryByTestId('notices-error')).not.toBeInTheDocument();
  });

  test('a failed load says so, and a tap asks again', async () => {
    notices.mockResolvedValueOnce(fail('INTERNAL')).mockResolvedValue(ok([aWechatNotice()]));

    render(<StatsPage />);

    const error = await screen.findByTestId('notices-error');
    expect(error).toHaveTextContent('微信平台通知未能加载（网络异常，请稍后重试），点此重试');
    fireEvent.click(error);
    expect(await screen.findByTestId('wechat-notice')).toBeInTheDocument();
    expect(notices).toHaveBeenCalledTimes(2);
  });
});
