import { fireEvent, render, screen, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import InvitesPage from '../../../../src/pages/invites';
import { inviteLeaderboard, inviteProgress } from '../../../../src/services/invite';
import { aLeaderboard, anInviteProgress } from '../../../support/ui/help-builders';
import { fail, ok } from '../../../support/ui/page-helpers';
import { setRouter } from '../../../support/ui/taro';

jest.mock('../../../../src/services/invite');

const progress = jest.mocked(inviteProgress);
const leaderboard = jest.mocked(inviteLeaderboard);

const busySharer = anInviteProgress({
  counted: { arrived: 12, helped: 7, started: 3, ordered: 1, coupon_used: 2 },
  pending: { arrived: 0, helped: 2, started: 0, ordered: 1, coupon_used: 1 },
  recent: [
    {
      name: '李**',
      avatarUrl: null,
      stage: 'ordered',
      status: 'pending',
      at: '2026-11-23T08:05:00.000Z',
    },
    {
      name: '张*',
      avatarUrl: null,
      stage: 'helped',
      status: 'counted',
      at: '2026-11-23T07:00:00.000Z',
    },
    {
      name: '赵*',
      avatarUrl: null,
      stage: 'helped',
      status: 'pending',
      at: '2026-11-23T06:00:00.000Z',
    },
    {
      name: '孙*',
      avatarUrl: null,
      stage: 'arrived',
      status: 'rejected',
      at: '2026-11-22T06:00:00.000Z',
    },
  ],
  level: {
    level: 2,
    name: '分享达人',
    xp: 140,
    pendingXp: 0,
    nextLevel: { level: 3, name: '人气王', minXp: 300 },
    progress: 0.2,
  },
  rank: 3,
});

beforeEach(() => {
  progress.mockReset();
  leaderboard.mockReset();
  setRouter({ campaignId: 'demo-bargain' }, '/pages/invites/index');
  progress.mockResolvedValue(ok(busySharer));
  leaderboard.mockResolvedValue(ok(aLeaderboard()));
});

describe('invites page: loading and failure', () => {
  test('加载中…, then the progress for this campaign', async () => {
    render(<InvitesPage />);

    expect(screen.getByTestId('page-loading')).toHaveTextContent('加载中…');
    expect(await screen.findByTestId('level-card')).toBeInTheDocument();
    expect(progress).toHaveBeenCalledWith('demo-bargain');
    expect(leaderboard).toHaveBeenCalledWith('demo-bargain', 'week');
  });

  test('a failure says why; 重新加载 asks again', async () => {
    progress.mockResolvedValueOnce(fail('INTERNAL'));

    render(<InvitesPage />);

    expect(await screen.findByTestId('page-error')).toHaveTextContent('网络异常，请稍后重试');
    fireEvent.click(screen.getByTestId('page-retry'));
    expect(await screen.findByTestId('level-card')).toBeInTheDocument();
    expect(progress).toHaveBeenCalledTimes(2);
  });

  test('a failed leaderboard leaves the rest of the page', async () => {
    leaderboard.mockResolvedValue(fail('INTERNAL'));

    render(<InvitesPage />);

    expect(await screen.findByTestId('stage-counts')).toBeInTheDocument();
    expect(screen.queryByTestId('leaderboard')).not.toBeInTheDocument();
  });
});

describe('invites page: friends by stage, pending apart', () => {
  test.each([
    { stage: 'arrived', label: '到访', counted: '12', pending: null },
    { stage: 'helped', label: '助力', counted: '7', pending: '+2 审核中' },
    { stage: 'started', label: '发起', counted: '3', pending: null },
    { stage: 'ordered', label: '下单', counted: '1', pending: '+1 待确认' },
    // A friend's order paid with a coupon from the sharer's packet waits out its refund window.
    { stage: 'coupon_used', label: '好友用券', counted: '2', pending: '+1 待确认' },
  ])('$label: $counted counted, pending: $pending', async ({ stage, label, counted, pending }) => {
    render(<InvitesPage />);

    const cell = await screen.findByTestId(`stage-${stage}`);
    expect(cell).toHaveTextContent(label);
    expect(cell).toHaveTextContent(counted);
    if (pending) expect(within(cell).getByTestId(`pending-${stage}`)).toHaveTextContent(pending);
    else expect(within(cell).queryByTestId(`pending-${stage}`)).not.toBeInTheDocument();
  });

  test('recent invitees: masked name, stage, China time; pending and rejected marked', async () => {
    render(<InvitesPage />);

    const rows = await screen.findAllByTestId('invitee-row');
    expect(rows).toHaveLength(4);
    expect(rows[0]).toHaveTextContent('李**');
    expect(rows[0]).toHaveTextContent('下单');
    expect(rows[0]).toHaveTextContent('11-23 16:05');
    expect(within(rows[0]!).getByTestId('invitee-status')).toHaveTextContent('待确认');
    expect(within(rows[1]!).queryByTestId('invitee-status')).not.toBeInTheDocument();
    expect(within(rows[2]!).getByTestId('invitee-status')).toHaveTextContent('审核中');
    expect(within(rows[3]!).getByTestId('invitee-status')).toHaveTextContent('未计入');
  });
});

describe('invites page: level and rank', () => {
  test('level name, experience, and what the next level takes', async () => {
    render(<InvitesPage />);

    expect(await screen.findByTestId('level-name')).toHaveTextContent('分享达人');
    expect(screen.getByTestId('level-card')).toHaveTextContent('Lv.2');
    expect(screen.getByTestId('level-card')).toHaveTextContent('140 经验');
    expect(screen.getByTestId('level-next')).toHaveTextContent('再获得 160 经验升级到 人气王');
    expect(screen.getByTestId('progress-bar')).toHaveAttribute('data-percent', '20');
  });

  test('what the level unlocked and what the next one adds, from the campaign’s table', async () => {
    progress.mockResolvedValue(
      ok({
        ...busySharer,
        perks: {
          unlocked: [{ kind: 'circle-pool-bonus', extraCoupons: 2 }],
          next: [
            { kind: 'fcode-early-access', hours: 24 },
            { kind: 'monthly-sample', sample: '保温杯', quota: 10 },
          ],
        },
      }),
    );

    render(<InvitesPage />);

    expect(await screen.findByTestId('level-perks')).toHaveTextContent(
      '已解锁每条推荐多 2 张好友券',
    );
    const next = screen.getByTestId('level-next-perks');
    expect(next).toHaveTextContent('升到 人气王 解锁');
    expect(next).toHaveTextContent('F码新批次提前 24 小时可见');
    expect(next).toHaveTextContent('每月 1 份保温杯试用，每月限 10 份，先到先得');
  });

  test('levels without perks show none', async () => {
    render(<InvitesPage />);

    await screen.findByTestId('level-card');
    expect(screen.queryByTestId('level-perks')).not.toBeInTheDocument();
    expect(screen.queryByTestId('level-next-perks')).not.toBeInTheDocument();
  });

  test('at the top level: no next level to chase', async () => {
    progress.mockResolvedValue(
      ok(
        anInviteProgress({
          level: {
            level: 5,
            name: '传奇分享官',
            xp: 5000,
            pendingXp: 0,
            nextLevel: null,
            progress: 1,
          },
        }),
      ),
    );

    render(<InvitesPage />);

    expect(await screen.findByTestId('level-next')).toHaveTextContent('已达最高等级');
  });

  test.each([
    { label: 'on the board', rank: 3, text: '本周第 3 名' },
    { label: 'off the board', rank: null, text: '暂未上榜' },
  ])('rank $label: $text', async ({ rank, text }) => {
    progress.mockResolvedValue(ok({ ...busySharer, rank }));

    render(<InvitesPage />);

    expect(await screen.findByTestId('weekly-rank')).toHaveTextContent(text);
  });
});

describe('invites page: the weekly leaderboard', () => {
  test('top entries, with 我 highlighted', async () => {
    render(<InvitesPage />);

    const board = await screen.findByTestId('leaderboard');
    expect(within(board).getAllByTestId('leaderboard-row')).toHaveLength(2);
    expect(within(board).getAllByTestId('leaderboard-row')[0]).toHaveTextContent('1李*320 经验');
    const me = within(board).getByTestId('leaderboard-me');
    expect(me).toHaveTextContent('3我90 经验');
    expect(me).toHaveClass('leaderboard__row--me');
  });

  test('me below the top entries: my row still shows, after them', async () => {
    leaderboard.mockResolvedValue(
      ok(
        aLeaderboard({
          entries: [{ rank: 1, name: '李*', xp: 320, isMe: false }],
          me: { rank: 27, xp: 5 },
        }),
      ),
    );

    render(<InvitesPage />);

    expect(await screen.findByTestId('leaderboard-me')).toHaveTextContent('27我5 经验');
  });

  test('without a campaign: all campaigns’ progress, no board and no rank', async () => {
    setRouter({});

    render(<InvitesPage />);

    await screen.findByTestId('level-card');
    expect(progress).toHaveBeenCalledWith(undefined);
    expect(leaderboard).not.toHaveBeenCalled();
    expect(screen.queryByTestId('leaderboard')).not.toBeInTheDocument();
    expect(screen.queryByTestId('weekly-rank')).not.toBeInTheDocument();
  });
});

describe('invites page: nobody yet', () => {
  test('an empty state that says what will appear, and a way to the campaign', async () => {
    progress.mockResolvedValue(ok(anInviteProgress()));

    render(<InvitesPage />);

    expect(await screen.findByTestId('invites-empty')).toHaveTextContent(
      '还没有好友通过你的分享参与',
    );
    expect(screen.queryByTestId('stage-counts')).not.toBeInTheDocument();
    fireEvent.click(screen.getByText('去看看活动'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/pages/landing/index?campaignId=demo-bargain',
    });
  });
});
