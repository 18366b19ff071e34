import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { CampaignStats } from '../../../../cloudfunctions/contracts/campaign';
import type { FunctionResult } from '../../../../cloudfunctions/contracts/result';
import StatsPage from '../../../../src/pages/stats';
import { fcodeStats } from '../../../../src/services/fcode';
import {
  campaignStats,
  listCampaigns,
  reviewCredits,
  wechatNotices,
} from '../../../../src/services/stats';
import { fail, ok } from '../../../support/ui/page-helpers';
import { setRouter } from '../../../support/ui/taro';
import { aCampaignStats, aFunnel, aPendingCredit, quietStats } from './stats-builders';

jest.mock('../../../../src/services/stats');
jest.mock('../../../../src/services/fcode');

const stats = jest.mocked(campaignStats);
const review = jest.mocked(reviewCredits);
const showModal = Taro.showModal as jest.Mock;

const busy = aCampaignStats();
const [first, second] = busy.pendingCredits as [
  CampaignStats['pendingCredits'][number],
  CampaignStats['pendingCredits'][number],
];

beforeEach(() => {
  stats.mockReset();
  review.mockReset();
  setRouter({ campaignId: 'demo-bargain' }, '/pages/stats/index');
  stats.mockResolvedValue(ok(busy));
  review.mockResolvedValue(ok({ reviewed: 1 }));
  jest.mocked(wechatNotices).mockResolvedValue(ok([]));
  jest.mocked(listCampaigns).mockResolvedValue(ok(CAMPAIGNS));
});

const CAMPAIGNS = [
  {
    campaignId: 'demo-bargain',
    title: '好友帮砍，保温杯 ¥1 带回家',
    kind: 'bargain',
    status: 'live',
  },
  { campaignId: 'demo-group', title: '3 人成团，明前龙井 ¥69', kind: 'group', status: 'paused' },
] as const satisfies Awaited<ReturnType<typeof listCampaigns>> extends FunctionResult<infer T>
  ? T
  : never;

describe('stats page: the campaign picker', () => {
  test('lists campaigns by title and status; a tap shows that campaign’s stats', async () => {
    stats.mockImplementation(async (id) =>
      ok(
        aCampaignStats({
          campaignId: id,
          title: id === 'demo-group' ? '3 人成团，明前龙井 ¥69' : busy.title,
        }),
      ),
    );

    render(<StatsPage />);

    const picker = await screen.findByTestId('campaign-picker');
    expect(within(picker).getByTestId('campaign-option-demo-bargain')).toHaveTextContent(
      '好友帮砍，保温杯 ¥1 带回家进行中',
    );
    expect(within(picker).getByTestId('campaign-option-demo-group')).toHaveTextContent(
      '3 人成团，明前龙井 ¥69暂停中',
    );
    fireEvent.click(within(picker).getByTestId('campaign-option-demo-group'));

    await waitFor(() =>
      expect(screen.getByTestId('stats-campaign')).toHaveTextContent('3 人成团，明前龙井 ¥69'),
    );
    expect(stats).toHaveBeenLastCalledWith('demo-group');
    expect(screen.getByTestId('campaign-option-demo-group').className).toContain('--active');
  });

  test('one campaign, or a list that failed to load: no picker, the stats still show', async () => {
    jest.mocked(listCampaigns).mockResolvedValue(fail('UNAVAILABLE'));

    render(<StatsPage />);

    expect(await screen.findByTestId('viral-card')).toBeInTheDocument();
    expect(screen.queryByTestId('campaign-picker')).not.toBeInTheDocument();
  });
});

describe('stats page: loading, failure, who may look', () => {
  test('加载中…, then the stats of the campaign in the query', async () => {
    setRouter({ campaignId: 'spring-assist' });

    render(<StatsPage />);

    expect(screen.getByTestId('page-loading')).toHaveTextContent('加载中…');
    expect(await screen.findByTestId('viral-card')).toBeInTheDocument();
    expect(stats).toHaveBeenCalledWith('spring-assist');
  });

  test('the campaign is named by its title; only an F码 campaign asks for F码 statistics', async () => {
    render(<StatsPage />);
    expect(await screen.findByTestId('stats-campaign')).toHaveTextContent(
      '好友帮砍，保温杯 ¥1 带回家',
    );
    expect(fcodeStats).not.toHaveBeenCalled();
  });

  test('an F码 campaign: its batches are asked for', async () => {
    stats.mockResolvedValue(ok(aCampaignStats({ kind: 'fcode', campaignId: 'demo-fcode' })));
    jest.mocked(fcodeStats).mockResolvedValue(fail('NOT_FOUND'));
    setRouter({ campaignId: 'demo-fcode' });
    render(<StatsPage />);
    await screen.findByTestId('viral-card');
    await waitFor(() => expect(fcodeStats).toHaveBeenCalledWith('demo-fcode'));
  });

  test('without a campaign in the query: the demo bargain', async () => {
    setRouter({});

    render(<StatsPage />);

    expect(await screen.findByTestId('viral-card')).toBeInTheDocument();
    expect(stats).toHaveBeenCalledWith('demo-bargain');
  });

  test('a shopper (FORBIDDEN) reads 仅商家可查看, with no retry to spam', async () => {
    stats.mockResolvedValue(fail('FORBIDDEN'));

    render(<StatsPage />);

    expect(await screen.findByTestId('page-empty')).toHaveTextContent('仅商家可查看');
    expect(screen.queryByTestId('page-retry')).not.toBeInTheDocument();
    expect(stats).toHaveBeenCalledTimes(1);
  });

  test('another failure says why; 重新加载 asks again', async () => {
    stats.mockResolvedValueOnce(fail('INTERNAL'));

    render(<StatsPage />);

    expect(await screen.findByTestId('page-error')).toHaveTextContent('网络异常，请稍后重试');
    fireEvent.click(screen.getByTestId('page-retry'));
    expect(await screen.findByTestId('viral-card')).toBeInTheDocument();
    expect(stats).toHaveBeenCalledTimes(2);
  });

  test('H5: the persona switcher is there, so a tester can become the merchant', async () => {
    render(<StatsPage />);

    expect(await screen.findByTestId('persona-chip')).toBeInTheDocument();
  });
});

describe('stats page: the funnel as bars measured against the first stage', () => {
  test.each([
    { stage: 'visitors', label: '访客', count: '200', width: '100%', conversion: null },
    { stage: 'newPeople', label: '新用户', count: '120', width: '60%', conversion: '占访客 50.0%' },
    { stage: 'starts', label: '发起', count: '48', width: '24%', conversion: null },
    // Helps are counted per start, not people who started: no rate against starts.
    { stage: 'helps', label: '助力/帮砍', count: '30', width: '15%', conversion: null },
    { stage: 'completions', label: '完成', count: '12', width: '6%', conversion: '占发起 25.0%' },
    { stage: 'rewardsIssued', label: '发券', count: '12', width: '6%', conversion: null },
    // 1.5% of the visitors would be a hairline: a non-zero stage gets the minimum width.
    { stage: 'redeemed', label: '核销', count: '3', width: '2%', conversion: '占发券 25.0%' },
    { stage: 'orders', label: '下单', count: '0', width: '0%', conversion: null },
  ])('$label: $count, bar $width, conversion $conversion', async (row) => {
    // newPeople is 60% of visitors; the builder's conversion would say so too: pin 50% to
    // show the page prints the server's conversion rather than recomputing it.
    stats.mockResolvedValue(
      ok(
        aCampaignStats({
          funnel: aFunnel([200, 120, 48, 30, 12, 12, 3, 0]).map((s) =>
            s.stage === 'newPeople' ? { ...s, conversion: { of: 'visitors', ratio: 0.5 } } : s,
          ),
        }),
      ),
    );

    render(<StatsPage />);

    const bar = await screen.findByTestId(`funnel-stage-${row.stage}`);
    expect(bar).toHaveTextContent(row.label);
    expect(bar).toHaveTextContent(row.count);
    expect(within(bar).getByTestId('funnel-bar')).toHaveStyle({ width: row.width });
    if (row.conversion) {
      expect(within(bar).getByTestId('funnel-conversion')).toHaveTextContent(row.conversion);
    } else {
      expect(within(bar).queryByTestId('funnel-conversion')).not.toBeInTheDocument();
    }
  });

  test('stages in the server’s order', async () => {
    render(<StatsPage />);

    const chart = await screen.findByTestId('funnel-chart');
    expect(
      within(chart)
        .getAllByTestId(/^funnel-stage-/)
        .map((row) => row.dataset.testid),
    ).toEqual([
      'funnel-stage-visitors',
      'funnel-stage-newPeople',
      'funnel-stage-starts',
      'funnel-stage-helps',
      'funnel-stage-completions',
      'funnel-stage-rewardsIssued',
      'funnel-stage-redeemed',
      'funnel-stage-orders',
    ]);
  });

  test('a later stage larger than the first (one visitor helps many) stays inside its track', async () => {
    stats.mockResolvedValue(ok(aCampaignStats({ funnel: aFunnel([10, 5, 5, 40, 0, 0, 0, 0]) })));

    render(<StatsPage />);

    const helps = await screen.findByTestId('funnel-stage-helps');
    expect(within(helps).getByTestId('funnel-bar')).toHaveStyle({ width: '100%' });
    // 「较上一步 800 %」 would read as a conversion: helps are no subset of starts.
    expect(within(helps).queryByTestId('funnel-conversion')).not.toBeInTheDocument();
    expect(screen.getByTestId('funnel-chart')).not.toHaveTextContent('较上一步');
  });

  test('no visits recorded but starts: bars measured against the largest stage', async () => {
    stats.mockResolvedValue(ok(aCampaignStats({ funnel: aFunnel([0, 0, 4, 8, 2, 2, 0, 0]) })));

    render(<StatsPage />);

    const helps = await screen.findByTestId('funnel-stage-helps');
    expect(within(helps).getByTestId('funnel-bar')).toHaveStyle({ width: '100%' });
    expect(within(screen.getByTestId('funnel-stage-starts')).getByTestId('funnel-bar')).toHaveStyle(
      {
        width: '50%',
      },
    );
  });
});

describe('stats page: rates only between real funnel steps', () => {
  test('the server’s 0 over nobody is not shown as a 0.0% step; non-subsets get none', async () => {
    stats.mockResolvedValue(ok(aCampaignStats({ funnel: aFunnel([0, 0, 4, 8, 2, 0, 0, 0]) })));

    render(<StatsPage />);

    const chart = await screen.findByTestId('funnel-chart');
    const rates = (stage: string) =>
      within(within(chart).getByTestId(`funnel-stage-${stage}`)).queryByTestId('funnel-conversion');
    expect(rates('newPeople')).not.toBeInTheDocument();
    expect(rates('starts')).not.toBeInTheDocument();
    expect(rates('helps')).not.toBeInTheDocument();
    expect(rates('completions')).toHaveTextContent('占发起 50.0%');
    expect(rates('rewardsIssued')).not.toBeInTheDocument();
    expect(rates('redeemed')).not.toBeInTheDocument();
  });
});

describe('stats page: K and its parts', () => {
  test('K 值 0.75 = 1.50 arrivals per participant × 50.0% of new people converting', async () => {
    render(<StatsPage />);

    expect(await screen.findByTestId('viral-k')).toHaveTextContent('K 值 0.75');
    expect(screen.getByTestId('viral-parts')).toHaveTextContent(
      '人均带来到访 1.50 × 新用户转化率 50.0%',
    );
    expect(screen.getByTestId('viral-counts')).toHaveTextContent(
      '参与者 40 人，经分享到访 60 人，新用户 48 人，其中转化 24 人',
    );
    expect(screen.getByTestId('viral-card')).toHaveTextContent('仍需引流');
  });

  test('K is explained in one line, in words a merchant reads', async () => {
    render(<StatsPage />);

    expect(await screen.findByTestId('viral-explain')).toHaveTextContent(
      'K 值：每位参与者平均带来几位转化的新用户，≥ 1 时活动能靠分享自行扩散',
    );
  });

  test('K ≥ 1: the campaign spreads by itself', async () => {
    stats.mockResolvedValue(
      ok(
        aCampaignStats({
          viral: { participants: 10, invitesSent: 30, invitees: 20, inviteesConverted: 10, k: 1.5 },
        }),
      ),
    );

    render(<StatsPage />);

    expect(await screen.findByTestId('viral-k')).toHaveTextContent('K 值 1.50');
    expect(screen.getByTestId('viral-card')).toHaveTextContent('可自行扩散');
  });

  test('nobody yet: K 值 0.00 and zero parts, never NaN', async () => {
    stats.mockResolvedValue(ok(quietStats()));

    render(<StatsPage />);

    expect(await screen.findByTestId('viral-k')).toHaveTextContent('K 值 0.00');
    expect(screen.getByTestId('viral-parts')).toHaveTextContent(
      '人均带来到访 0.00 × 新用户转化率 0.0%',
    );
  });
});

describe('stats page: visits by WeChat scene', () => {
  test.each([
    { index: 0, name: '单聊分享卡片', code: '1007', visits: '90 次', share: '45.0%' },
    { index: 1, name: '群聊分享卡片', code: '1008', visits: '60 次', share: '30.0%' },
    { index: 2, name: '带 shareTicket 的卡片', code: '1044', visits: '20 次', share: '10.0%' },
    { index: 3, name: '未记录场景', code: null, visits: '15 次', share: '7.5%' },
    { index: 4, name: '扫小程序码', code: '1047', visits: '10 次', share: '5.0%' },
    { index: 5, name: '场景 1011', code: '1011', visits: '5 次', share: '2.5%' },
  ])('$name: $visits ($share)', async ({ index, name, code, visits, share }) => {
    render(<StatsPage />);

    const row = (await screen.findAllByTestId('scene-row'))[index]!;
    expect(row).toHaveTextContent(name);
    if (code) expect(row).toHaveTextContent(code);
    expect(row).toHaveTextContent(visits);
    expect(row).toHaveTextContent(share);
  });

  test.each([
    { scene: 1048, name: '长按识别小程序码' },
    { scene: 1049, name: '相册选取小程序码' },
  ])('QR code scene $scene is named $name', async ({ scene, name }) => {
    stats.mockResolvedValue(ok(aCampaignStats({ scenes: [{ scene, visits: 3 }] })));

    render(<StatsPage />);

    expect(await screen.findByTestId('scene-row')).toHaveTextContent(name);
  });
});

describe('stats page: top sharers', () => {
  test('ranked masked names with conversions and xp, and their share of all conversions', async () => {
    render(<StatsPage />);

    expect(await screen.findByTestId('sharers-share')).toHaveTextContent(
      '头部分享者贡献 62.5% 的转化',
    );
    const rows = screen.getAllByTestId('sharer-row');
    expect(rows.map((row) => row.textContent)).toEqual([
      '1王*10 次转化250 经验',
      '2李**6 次转化150 经验',
      '3张*4 次转化90 经验',
    ]);
  });
});

describe('stats page: flagged credits to approve or reject', () => {
  test('each names sharer and friend by masked openid, the stage, the rule with what it saw, the China time', async () => {
    render(<StatsPage />);

    const [a, b] = await screen.findAllByTestId('pending-credit');
    expect(screen.getByTestId('pending-credits')).toHaveTextContent('待审核（2）');
    expect(within(a!).getByTestId('credit-sharer')).toHaveTextContent('分享者 oWan****ng01');
    expect(within(a!).getByTestId('credit-invitee')).toHaveTextContent('好友 oZha****o002');
    expect(a).toHaveTextContent('到访');
    expect(a).toHaveTextContent('11-23 16:05');
    expect(within(a!).getByTestId('credit-flag')).toHaveTextContent(
      '同一 IP 多人到访60 分钟内同一 IP 来了 3 位新用户',
    );
    expect(within(b!).getByTestId('credit-sharer')).toHaveTextContent('分享者 oLis****i003');
    expect(b).toHaveTextContent('助力');
    expect(b).toHaveTextContent('11-23 17:30');
    expect(within(b!).getByTestId('credit-flag')).toHaveTextContent(
      '只助力不参与助力 3 次，没有其他浏览、发起或下单',
    );
  });

  test('驳回 is styled as destructive, 通过 is not', async () => {
    render(<StatsPage />);

    const [a] = await screen.findAllByTestId('pending-credit');
    expect(within(a!).getByTestId('reject-button')).toHaveClass('is-destructive');
    expect(within(a!).getByTestId('approve-button')).not.toHaveClass('is-destructive');
  });

  test('通过 sends approve for that credit, then the list reloads without it', async () => {
    stats
      .mockResolvedValueOnce(ok(busy))
      .mockResolvedValueOnce(ok(aCampaignStats({ pendingCredits: [second] })));

    render(<StatsPage />);
    const [a] = await screen.findAllByTestId('pending-credit');
    fireEvent.click(within(a!).getByTestId('approve-button'));

    await waitFor(() => expect(screen.getAllByTestId('pending-credit')).toHaveLength(1));
    expect(review).toHaveBeenCalledWith('demo-bargain', [first.id], 'approve');
    expect(stats).toHaveBeenCalledTimes(2);
    expect(screen.getByTestId('pending-credit')).toHaveTextContent('oLis****i003');
    expect(showModal).not.toHaveBeenCalled();
  });

  test('驳回 asks to confirm, then sends reject for that credit and reloads', async () => {
    stats
      .mockResolvedValueOnce(ok(busy))
      .mockResolvedValueOnce(ok(aCampaignStats({ pendingCredits: [first] })));

    render(<StatsPage />);
    const [, b] = await screen.findAllByTestId('pending-credit');
    fireEvent.click(within(b!).getByTestId('reject-button'));

    await waitFor(() => expect(screen.getAllByTestId('pending-credit')).toHaveLength(1));
    expect(showModal).toHaveBeenCalledWith(expect.objectContaining({ title: '驳回这条邀请？' }));
    expect(review).toHaveBeenCalledWith('demo-bargain', [second.id], 'reject');
    expect(screen.getByTestId('pending-credit')).toHaveTextContent('oWan****ng01');
  });

  test('驳回 cancelled in the dialog sends nothing', async () => {
    showModal.mockResolvedValueOnce({ confirm: false, cancel: true, errMsg: 'ok' });

    render(<StatsPage />);
    const [a] = await screen.findAllByTestId('pending-credit');
    fireEvent.click(within(a!).getByTestId('reject-button'));

    await waitFor(() => expect(showModal).toHaveBeenCalledTimes(1));
    await act(() => Promise.resolve());
    expect(review).not.toHaveBeenCalled();
    expect(within(a!).getByTestId('reject-button')).toBeEnabled();
  });

  test('while a review is in flight every button waits, and a second tap sends nothing', async () => {
    let answer!: (result: FunctionResult<{ reviewed: number }>) => void;
    review.mockReturnValueOnce(new Promise((resolve) => (answer = resolve)));

    render(<StatsPage />);
    const [a] = await screen.findAllByTestId('pending-credit');
    fireEvent.click(within(a!).getByTestId('approve-button'));

    expect(await within(a!).findByText('提交中…')).toBeInTheDocument();
    for (const button of [
      ...screen.getAllByTestId('approve-button'),
      ...screen.getAllByTestId('reject-button'),
    ]) {
      expect(button).toBeDisabled();
    }
    fireEvent.click(within(a!).getByTestId('approve-button'));
    expect(review).toHaveBeenCalledTimes(1);

    await act(async () => answer(ok({ reviewed: 1 })));

    await waitFor(() => expect(screen.getAllByTestId('approve-button')[0]).toBeEnabled());
    expect(screen.getAllByTestId('approve-button')[0]).toHaveTextContent('通过');
    expect(stats).toHaveBeenCalledTimes(2);
  });

  test('a refused review says why on that credit, in Chinese, and keeps the list', async () => {
    review.mockResolvedValueOnce(fail('FORBIDDEN'));

    render(<StatsPage />);
    const [, b] = await screen.findAllByTestId('pending-credit');
    fireEvent.click(within(b!).getByTestId('approve-button'));

    expect(await within(b!).findByTestId('review-error')).toHaveTextContent('没有权限进行此操作');
    expect(screen.getAllByTestId('review-error')).toHaveLength(1);
    expect(screen.getAllByTestId('pending-credit')).toHaveLength(2);
    expect(within(b!).getByTestId('approve-button')).toBeEnabled();
    expect(stats).toHaveBeenCalledTimes(1);
  });

  test('a review that went through but whose refresh failed: a full reload, spinner and all', async () => {
    stats.mockResolvedValueOnce(ok(busy)).mockResolvedValueOnce(fail('INTERNAL'));

    render(<StatsPage />);
    const [a] = await screen.findAllByTestId('pending-credit');
    fireEvent.click(within(a!).getByTestId('approve-button'));

    // The mock's default answers the reload with the stats again.
    await waitFor(() => expect(stats).toHaveBeenCalledTimes(3));
    expect(await screen.findByTestId('viral-card')).toBeInTheDocument();
  });
});

describe('stats page: many flagged credits fold after three', () => {
  const five = [1, 2, 3, 4, 5].map((n) =>
    aPendingCredit({ id: `cnv_00000000000000${n}0`, invitee: `客${n}` }),
  );

  test('three shown, 展开其余 2 条 opens the rest, 收起 folds them again', async () => {
    stats.mockResolvedValue(ok(aCampaignStats({ pendingCredits: five })));

    render(<StatsPage />);

    expect(await screen.findAllByTestId('pending-credit')).toHaveLength(3);
    expect(screen.getByTestId('pending-credits')).toHaveTextContent('待审核（5）');
    expect(screen.getByTestId('pending-more')).toHaveTextContent('展开其余 2 条');
    fireEvent.click(screen.getByTestId('pending-more'));
    expect(await screen.findAllByTestId('pending-credit')).toHaveLength(5);
    expect(screen.getByTestId('pending-more')).toHaveTextContent('收起');
    fireEvent.click(screen.getByTestId('pending-more'));
    expect(await screen.findAllByTestId('pending-credit')).toHaveLength(3);
  });

  test('three or fewer: no fold', async () => {
    stats.mockResolvedValue(ok(aCampaignStats({ pendingCredits: five.slice(0, 3) })));

    render(<StatsPage />);

    expect(await screen.findAllByTestId('pending-credit')).toHaveLength(3);
    expect(screen.queryByTestId('pending-more')).not.toBeInTheDocument();
  });
});

describe('stats page: empty states', () => {
  test('a quiet campaign: 暂无数据 in each list, 没有待审核的记录', async () => {
    stats.mockResolvedValue(ok(quietStats()));

    render(<StatsPage />);

    expect(await screen.findByTestId('funnel-empty')).toHaveTextContent('暂无数据');
    expect(screen.queryByTestId('funnel-bar')).not.toBeInTheDocument();
    expect(screen.getByTestId('scenes-empty')).toHaveTextContent('暂无数据');
    expect(screen.getByTestId('sharers-empty')).toHaveTextContent('暂无数据');
    expect(screen.queryByTestId('sharers-share')).not.toBeInTheDocument();
    expect(screen.getByTestId('pending-empty')).toHaveTextContent('没有待审核的记录');
    expect(screen.queryByTestId('approve-button')).not.toBeInTheDocument();
  });
});

describe('stats page: group orders owed a refund', () => {
  test('待退款订单（2）: every order id, after the credits to review', async () => {
    stats.mockResolvedValue(
      ok(aCampaignStats({ refundOrderIds: ['dev-order-failed-group', 'wx-4200001234'] })),
    );

    render(<StatsPage />);

    const card = await screen.findByTestId('refund-orders');
    expect(card).toHaveTextContent('待退款订单（2）');
    expect(card).toHaveTextContent('拼团失败或已满员');
    expect(
      within(card)
        .getAllByTestId('refund-order')
        .map((row) => row.textContent),
    ).toEqual(['dev-order-failed-group', 'wx-4200001234']);
    // Both need the merchant: the refunds sit with the review list, before the numbers.
    const order = [screen.getByTestId('pending-credits'), card, screen.getByTestId('funnel-chart')];
    expect(
      order[0]!.compareDocumentPosition(order[1]!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(
      order[1]!.compareDocumentPosition(order[2]!) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
  });

  test('nothing owed: no card at all', async () => {
    render(<StatsPage />);

    expect(await screen.findByTestId('viral-card')).toBeInTheDocument();
    expect(screen.queryByTestId('refund-orders')).not.toBeInTheDocument();
    expect(screen.queryByTestId('refund-order')).not.toBeInTheDocument();
  });
});
