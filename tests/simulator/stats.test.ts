import type { CampaignStats } from '../../cloudfunctions/contracts/campaign';
import type { WechatNotice } from '../../cloudfunctions/contracts/notice';
import { aCampaignStats, aWechatNotice } from '../src/pages/stats/stats-builders';
import { waitFor } from './support/load-weapp';
import { stubServer } from './support/stub-server';
import { usePage } from './support/use-page';

// The server behind the page: campaign.stats answers `stats` (or `statsError`),
// campaign.notices answers `notices`, and invite.review takes the reviewed credits out of the
// stats, as the real function would.
let stats: CampaignStats;
let notices: WechatNotice[];
let statsError: { code: string; message: string } | undefined;
const server = stubServer({
  'campaign.stats': () =>
    statsError ? { ok: false, error: statsError } : { ok: true, data: { stats } },
  'campaign.notices': () =>
    statsError ? { ok: false, error: statsError } : { ok: true, data: { notices } },
  'invite.review': (data) => {
    const ids = data.creditIds as string[];
    const before = stats.pendingCredits.length;
    stats = { ...stats, pendingCredits: stats.pendingCredits.filter((c) => !ids.includes(c.id)) };
    return { ok: true, data: { reviewed: before - stats.pendingCredits.length } };
  },
});
const { open, textOf } = usePage('pages/stats/index');

beforeEach(() => {
  stats = aCampaignStats();
  notices = [];
  statsError = undefined;
});

describe('stats page (real weapp build): campaign.stats drives the view, 通过 reviews', () => {
  test('K, the funnel, scenes and top sharers from campaign.stats', async () => {
    open({ campaignId: 'demo-bargain' });

    await waitFor(() => expect(textOf('.viral-card__k')).toBe('K 值 0.75'));
    expect(textOf('.viral-card__formula')).toBe('人均带来到访 1.50 × 新用户转化率 50.0%');
    const funnel = textOf('.funnel-chart');
    expect(funnel).toContain('访客');
    expect(funnel).toContain('助力/帮砍');
    expect(funnel).toContain('占发起 25.0%');
    expect(funnel).not.toContain('较上一步');
    expect(textOf('.scene-list')).toContain('单聊分享卡片');
    expect(textOf('.scene-list')).toContain('群聊分享卡片');
    expect(textOf('.top-sharers__share')).toBe('头部分享者贡献 62.5% 的转化');
    expect(server.calls[0]).toEqual({
      name: 'campaign',
      data: { action: 'stats', campaignId: 'demo-bargain' },
    });
  });

  test('通过 on the first flagged credit calls invite.review, and the list refreshes', async () => {
    const [first] = stats.pendingCredits;

    const page = open({ campaignId: 'demo-bargain' });
    await waitFor(() => expect(textOf('.pending-credits .stats-card__title')).toBe('待审核（2）'));
    expect(textOf('.pending-credit__who')).toBe('分享者 oWan****ng01');
    expect(textOf('.pending-credit__flag')).toBe(
      '同一 IP 多人到访60 分钟内同一 IP 来了 3 位新用户',
    );
    expect(textOf('.pending-credit__approve')).toBe('通过');

    page.find('.pending-credit__approve')?.dispatchEvent('tap');

    await waitFor(() => expect(textOf('.pending-credits .stats-card__title')).toBe('待审核（1）'));
    expect(textOf('.pending-credit__who')).toBe('分享者 oLis****i003');
    expect(server.calls.filter((call) => call.name === 'invite')).toEqual([
      {
        name: 'invite',
        data: {
          action: 'review',
          campaignId: 'demo-bargain',
          creditIds: [first!.id],
          decision: 'approve',
        },
      },
    ]);
    // A bargain campaign has no F码 statistics, so none are asked for; the webhook deliveries
    // and WeChat's notices are not refreshed by a review.
    expect(server.routes()).toEqual([
      'campaign.stats',
      'campaign.list',
      'notify.endpoints',
      'campaign.notices',
      'invite.review',
      'campaign.stats',
    ]);
  });

  test('a notice from WeChat is drawn first, with its ban and the campaigns paused', async () => {
    notices = [aWechatNotice()];

    open({ campaignId: 'demo-bargain' });

    await waitFor(() => expect(textOf('.wechat-notice__title')).toBe('微信平台通知：功能封禁'));
    expect(textOf('.wechat-notice__when')).toBe('违规时间 2026-03-01 10:00');
    expect(textOf('.wechat-notice__consequence')).toBe('已封禁功能：分享 7 天');
    expect(textOf('.wechat-notice__paused-id')).toBe('demo-bargain · 暂停中');
    expect(textOf('.wechat-notice__resume')).toBe(
      '整改完成后逐个恢复：npm run campaign -- resume <活动 id>（云函数 campaign.resume）',
    );
  });

  test('a shopper reads 仅商家可查看', async () => {
    statsError = { code: 'FORBIDDEN', message: 'merchants only' };

    const page = open({ campaignId: 'demo-bargain' });

    await waitFor(() => expect(textOf('.page-status__text')).toBe('仅商家可查看'));
    expect(page.find('.page-status__retry')).toBeUndefined();
  });
});
