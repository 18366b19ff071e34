import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { targetCampaignOf } from '../../../../cloudfunctions/usecases/campaign/target-campaign';
import type { TargetCampaign } from '../../../../cloudfunctions/contracts/target-campaign';
import Taro from '@tarojs/taro';
import type { AssistHelpResult, AssistView } from '../../../../cloudfunctions/contracts/assist';
import AssistPage from '../../../../src/pages/assist';
import { getAssist, helpAssist, myAssists, startAssist } from '../../../../src/services/assist';
import { getCampaign } from '../../../../src/services/campaign';
import { shareInvite } from '../../../../src/services/invite';
import { visitOnce } from '../../../../src/services/launch';
import { aCoupon, anAssistCampaign } from '../../../support/ui/campaign-builders';
import { aCouponView } from '../../../support/ui/coupon-builders';
import {
  SERVER_NOW,
  anAssistView,
  friend,
  initiator,
  refusedFriend,
} from '../../../support/ui/help-builders';
import {
  aVisit,
  anInvite,
  answerLater,
  fail,
  ok,
  resetMocks,
  tapUntilBusy,
} from '../../../support/ui/page-helpers';
import { setRouter, shareHandler } from '../../../support/ui/taro';

jest.mock('../../../../src/services/assist');
jest.mock('../../../../src/services/campaign');
jest.mock('../../../../src/services/invite');
jest.mock('../../../../src/services/launch', () => ({
  ...jest.requireActual('../../../../src/services/launch'),
  visitOnce: jest.fn(),
}));

const ID = 'ast_0000000000000001';
const TOKEN = 'ZyXwVu987654';

const services = {
  getAssist: jest.mocked(getAssist),
  helpAssist: jest.mocked(helpAssist),
  startAssist: jest.mocked(startAssist),
  myAssists: jest.mocked(myAssists),
  getCampaign: jest.mocked(getCampaign),
  shareInvite: jest.mocked(shareInvite),
  visitOnce: jest.mocked(visitOnce),
};

/** The campaign the served view carries (the page loads it with the assist, in one call). */
let campaign: TargetCampaign;

function serve(assist: AssistView) {
  services.getAssist.mockResolvedValue(ok({ assist: { ...assist, campaign } }));
}

function helped(
  helperReward: AssistHelpResult['helperReward'],
  assist = anAssistView({ viewer: refusedFriend('ALREADY_HELPED'), helpsDone: 3 }),
) {
  services.helpAssist.mockResolvedValue(ok({ assist, helperReward }));
}

beforeEach(() => {
  resetMocks(services);
  setRouter({ assistId: ID }, '/pages/assist/index');
  campaign = targetCampaignOf(
    anAssistCampaign({
      id: 'demo-assist',
      share: { title: '帮我助力一下，你也能领 ¥3 券' },
      coupons: [aCoupon({ id: 'assist-20', title: '¥20 无门槛券', valueFen: 2000 })],
    }),
  );
  services.shareInvite.mockResolvedValue(anInvite('demo-assist', TOKEN));
  services.visitOnce.mockResolvedValue(aVisit('demo-assist'));
});

describe('assist page: loading and failure', () => {
  test('加载中…, then a failure with 重新加载', async () => {
    services.getAssist.mockResolvedValueOnce(fail('NOT_FOUND'));
    services.getAssist.mockResolvedValueOnce(ok({ assist: anAssistView() }));

    render(<AssistPage />);

    expect(screen.getByTestId('page-loading')).toHaveTextContent('加载中…');
    expect(await screen.findByTestId('page-error')).toHaveTextContent('活动不存在或已下线');
    fireEvent.click(screen.getByTestId('page-retry'));
    expect(await screen.findByTestId('assist-summary')).toBeInTheDocument();
  });

  test('opened with ?campaignId=: starts (or resumes) the own assist', async () => {
    setRouter({ campaignId: 'demo-assist' });
    services.startAssist.mockResolvedValue(ok({ assist: anAssistView(), created: false }));

    render(<AssistPage />);

    expect(await screen.findByTestId('assist-summary')).toBeInTheDocument();
    expect(services.startAssist).toHaveBeenCalledWith('demo-assist');
  });
});

describe('assist page: the initiator', () => {
  test('helps so far and still needed, the promise, the countdown, the helpers', async () => {
    jest.useFakeTimers({ now: new Date('2020-02-02T00:00:00.000Z') });
    serve(
      anAssistView({ helpsDone: 2, serverNow: SERVER_NOW, endsAt: '2026-11-23T10:00:00.000Z' }),
    );

    render(<AssistPage />);

    expect(await screen.findByTestId('assist-progress')).toHaveTextContent(
      '已有 2 位好友助力，还差 3 位',
    );
    expect(screen.getByTestId('assist-heading')).toHaveTextContent('邀请好友为你助力');
    expect(await screen.findByText('集满 5 位好友助力，得 ¥20 券')).toBeInTheDocument();
    // The phone says 2020; the server said 08:00 with the end at 10:00.
    expect(screen.getByTestId('countdown')).toHaveTextContent('距结束还剩 02:00:00');
    expect(screen.getAllByTestId('helper-row')).toHaveLength(2);
    expect(screen.getByTestId('share-panel')).toBeInTheDocument();
  });

  test('the share card opens this assist with the token', async () => {
    serve(anAssistView());

    render(<AssistPage />);
    await waitFor(() => expect(services.shareInvite).toHaveBeenCalledWith('demo-assist', ID));

    await waitFor(() =>
      expect(shareHandler()()).toEqual({
        title: '帮我助力一下，你也能领 ¥3 券',
        path: `/pages/assist/index?assistId=${ID}&token=${TOKEN}`,
      }),
    );
  });

  test('completed: the reward and 去使用', async () => {
    serve(
      anAssistView({
        helpsDone: 5,
        reward: aCouponView({ title: '¥20 无门槛券', valueFen: 2000, minSpendFen: 0 }),
      }),
    );

    render(<AssistPage />);

    expect(await screen.findByTestId('initiator-outcome')).toHaveTextContent('助力成功');
    expect(screen.getByTestId('reward-coupon')).toHaveTextContent('¥20');
    fireEvent.click(screen.getByTestId('reward-coupon-use'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/coupons/index' });
  });

  test('expired, out of starts: why, and no 重新发起', async () => {
    serve(
      anAssistView({
        status: 'expired',
        viewer: { ...initiator, canRestart: false, restartRefusal: 'START_LIMIT' },
      }),
    );

    render(<AssistPage />);

    expect(await screen.findByTestId('initiator-outcome')).toHaveTextContent(
      '本活动每人可发起的次数已用完',
    );
    expect(screen.queryByTestId('restart')).not.toBeInTheDocument();
  });

  test('expired: what happened, and 重新发起', async () => {
    serve(anAssistView({ status: 'expired', viewer: { ...initiator, canRestart: true } }));
    services.startAssist.mockResolvedValue(
      ok({ assist: anAssistView({ id: 'ast_000000000000000N' }), created: true }),
    );

    render(<AssistPage />);

    expect(await screen.findByTestId('initiator-outcome')).toHaveTextContent(
      '助力已过期，未在时间内集齐助力',
    );
    fireEvent.click(screen.getByTestId('restart'));
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: '/pages/assist/index?assistId=ast_000000000000000N',
      }),
    );
  });
});

describe('assist page: a friend helps', () => {
  test('助力成功 with the helper’s own thank-you coupon, then the start-own button', async () => {
    serve(anAssistView({ viewer: friend }));
    helped({
      ok: true,
      coupon: aCouponView({ title: '¥3 助力感谢券', valueFen: 300, minSpendFen: 0 }),
    });

    render(<AssistPage />);

    expect(await screen.findByTestId('assist-heading')).toHaveTextContent('王* 邀你助力');
    fireEvent.click(screen.getByTestId('help-button'));

    expect(await screen.findByTestId('help-result')).toHaveTextContent('助力成功');
    expect(screen.getByTestId('helper-reward')).toHaveTextContent('你获得了 ¥3 券');
    expect(screen.getByTestId('reward-coupon')).toHaveTextContent('¥3 助力感谢券');
    expect(screen.getByTestId('assist-progress')).toHaveTextContent('已有 3 位好友助力，还差 2 位');
    expect(screen.getByTestId('start-own')).toHaveTextContent('我也要领 ¥20 券');
    expect(services.helpAssist).toHaveBeenCalledWith(ID);
  });

  test.each([
    { code: 'CLAIM_LIMIT' as const, note: '你的助力感谢券已达领取上限，本次未发券' },
    { code: 'BUDGET_EXHAUSTED' as const, note: '助力感谢券已发完，本次未发券' },
  ])('助力成功 but no coupon ($code): a plain note', async ({ code, note }) => {
    serve(anAssistView({ viewer: friend }));
    helped({ ok: false, code });

    render(<AssistPage />);
    fireEvent.click(await screen.findByTestId('help-button'));

    expect(await screen.findByTestId('help-result')).toHaveTextContent('助力成功');
    expect(screen.getByTestId('helper-reward')).toHaveTextContent(note);
    expect(screen.queryByTestId('reward-coupon')).not.toBeInTheDocument();
  });

  test('a campaign without thank-you coupons: just 助力成功', async () => {
    serve(anAssistView({ viewer: friend }));
    helped(null);

    render(<AssistPage />);
    fireEvent.click(await screen.findByTestId('help-button'));

    expect(await screen.findByTestId('help-result')).toHaveTextContent('助力成功');
    expect(screen.queryByTestId('helper-reward')).not.toBeInTheDocument();
  });

  test('disabled while in flight: two taps, one help', async () => {
    serve(anAssistView({ viewer: friend }));
    const answer = answerLater(services.helpAssist);

    render(<AssistPage />);
    await tapUntilBusy('help-button');
    fireEvent.click(screen.getByTestId('help-button'));

    expect(services.helpAssist).toHaveBeenCalledTimes(1);
    act(() => answer(ok({ assist: anAssistView({ viewer: friend }), helperReward: null })));
    expect(await screen.findByTestId('help-result')).toBeInTheDocument();
  });

  test('the start-own button starts the friend’s own assist and opens it', async () => {
    serve(anAssistView({ viewer: refusedFriend('ALREADY_HELPED') }));
    services.startAssist.mockResolvedValue(
      ok({ assist: anAssistView({ id: 'ast_000000000000000F' }), created: true }),
    );

    render(<AssistPage />);
    fireEvent.click(await screen.findByTestId('start-own'));

    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: '/pages/assist/index?assistId=ast_000000000000000F',
      }),
    );
  });

  test('from a share card: the visit is recorded with the campaign and token', async () => {
    setRouter({ assistId: ID, token: TOKEN });
    serve(anAssistView({ viewer: friend }));

    render(<AssistPage />);

    await waitFor(() =>
      expect(services.visitOnce).toHaveBeenCalledWith('demo-assist', {
        assistId: ID,
        token: TOKEN,
      }),
    );
  });

  test('completed: TA 的助力已完成 and the start-own button', async () => {
    serve(anAssistView({ helpsDone: 5, viewer: refusedFriend('CLOSED') }));

    render(<AssistPage />);

    expect(await screen.findByTestId('friend-status')).toHaveTextContent('TA 的助力已完成');
    expect(screen.queryByTestId('help-button')).not.toBeInTheDocument();
    expect(screen.getByTestId('start-own')).toBeInTheDocument();
  });

  test('expired: TA 的助力已过期 and the start-own button', async () => {
    serve(anAssistView({ status: 'expired', viewer: refusedFriend('EXPIRED') }));

    render(<AssistPage />);

    expect(await screen.findByTestId('friend-status')).toHaveTextContent('TA 的助力已过期');
    expect(screen.getByTestId('start-own')).toBeInTheDocument();
  });
});

const REFUSALS: Array<{ code: NonNullable<AssistView['viewer']['helpRefusal']>; message: string }> =
  [
    { code: 'SELF_HELP', message: '不能给自己助力，快分享给好友吧' },
    { code: 'ALREADY_HELPED', message: '你已经帮过 TA 了' },
    { code: 'HELP_LIMIT', message: '你今天的助力次数已用完，明天再来吧' },
    { code: 'NEW_USERS_ONLY', message: '本次助力仅限新用户参与' },
    { code: 'CLOSED', message: 'TA 的助力已完成，不用再助力啦' },
    { code: 'EXPIRED', message: '这个助力已过期' },
  ];

describe('assist page: every refusal, before and after the tap', () => {
  test.each(REFUSALS)(
    'before: $code → “$message” on the disabled button',
    async ({ code, message }) => {
      serve(anAssistView({ viewer: refusedFriend(code) }));

      render(<AssistPage />);

      const button = await screen.findByTestId('help-button');
      expect(button).toBeDisabled();
      expect(button).toHaveTextContent(message);
    },
  );

  test.each(REFUSALS)('after: $code → “$message”', async ({ code, message }) => {
    serve(anAssistView({ viewer: friend }));
    services.helpAssist.mockResolvedValue(fail(code));

    render(<AssistPage />);
    fireEvent.click(await screen.findByTestId('help-button'));

    expect(await screen.findByTestId('refusal-notice')).toHaveTextContent(message);
    expect(screen.queryByTestId('help-result')).not.toBeInTheDocument();
  });
});

describe('assist page: one call', () => {
  test('loads with one call: the campaign comes with the assist, no campaign.get', async () => {
    serve(anAssistView());

    render(<AssistPage />);

    expect(await screen.findByTestId('assist-summary')).toBeInTheDocument();
    expect(services.getAssist).toHaveBeenCalledTimes(1);
    expect(services.getCampaign).not.toHaveBeenCalled();
  });
});
