import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { targetCampaignOf } from '../../../../cloudfunctions/usecases/campaign/target-campaign';
import type { TargetCampaign } from '../../../../cloudfunctions/contracts/target-campaign';
import Taro from '@tarojs/taro';
import type { BargainView } from '../../../../cloudfunctions/contracts/bargain';
import BargainPage from '../../../../src/pages/bargain';
import {
  getBargain,
  helpBargain,
  myBargains,
  startBargain,
} from '../../../../src/services/bargain';
import { getCampaign } from '../../../../src/services/campaign';
import { inviteQrCode, shareInvite } from '../../../../src/services/invite';
import { visitOnce } from '../../../../src/services/launch';
import { aBargainCampaign } from '../../../support/ui/campaign-builders';
import { aCouponView } from '../../../support/ui/coupon-builders';
import {
  SERVER_NOW,
  aBargainView,
  friend,
  initiator,
  refusedFriend,
} from '../../../support/ui/help-builders';
import {
  aVisit,
  anInvite,
  answerLater,
  copyShareLink,
  fail,
  ok,
  resetMocks,
  tapUntilBusy,
} from '../../../support/ui/page-helpers';
import { setRouter, shareHandler } from '../../../support/ui/taro';

jest.mock('../../../../src/services/bargain');
jest.mock('../../../../src/services/campaign');
jest.mock('../../../../src/services/invite');
jest.mock('../../../../src/services/launch', () => ({
  ...jest.requireActual('../../../../src/services/launch'),
  visitOnce: jest.fn(),
}));
// A configured template, so the weapp subscribe button shows.
jest.mock('../../../../src/services/subscribe', () => ({
  ...jest.requireActual('../../../../src/services/subscribe'),
  subscribeTemplateId: () => 'tmpl-help-notice',
}));

const ID = 'brg_0000000000000001';
const TOKEN = 'AbCdEfGh1234';
const SHARE_TITLE = '帮我砍一刀，保温杯 ¥1 就能拿';

const services = {
  getBargain: jest.mocked(getBargain),
  helpBargain: jest.mocked(helpBargain),
  startBargain: jest.mocked(startBargain),
  myBargains: jest.mocked(myBargains),
  getCampaign: jest.mocked(getCampaign),
  shareInvite: jest.mocked(shareInvite),
  inviteQrCode: jest.mocked(inviteQrCode),
  visitOnce: jest.mocked(visitOnce),
};

/** The campaign the served view carries (the page loads it with the bargain, in one call). */
let campaign: TargetCampaign;

function serve(bargain: BargainView) {
  services.getBargain.mockResolvedValue(ok({ bargain: { ...bargain, campaign } }));
}

beforeEach(() => {
  resetMocks(services);
  setRouter({ bargainId: ID }, '/pages/bargain/index');
  campaign = targetCampaignOf(aBargainCampaign({ share: { title: SHARE_TITLE } }));
  services.shareInvite.mockResolvedValue(anInvite('demo-bargain', TOKEN));
  services.visitOnce.mockResolvedValue(aVisit('demo-bargain'));
});

describe('bargain page: loading and failure', () => {
  test('加载中… until the bargain arrives', async () => {
    const answer = answerLater(services.getBargain);

    render(<BargainPage />);

    expect(screen.getByTestId('page-loading')).toHaveTextContent('加载中…');
    act(() => answer(ok({ bargain: aBargainView() })));
    expect(await screen.findByTestId('bargain-summary')).toBeInTheDocument();
    expect(screen.queryByTestId('page-loading')).not.toBeInTheDocument();
    expect(services.getBargain).toHaveBeenCalledWith(ID);
  });

  test('a failed load says why, and 重新加载 asks again', async () => {
    services.getBargain.mockResolvedValueOnce(fail('INTERNAL'));
    services.getBargain.mockResolvedValueOnce(ok({ bargain: aBargainView() }));

    render(<BargainPage />);

    expect(await screen.findByTestId('page-error')).toHaveTextContent('网络异常，请稍后重试');
    fireEvent.click(screen.getByTestId('page-retry'));
    expect(await screen.findByTestId('bargain-summary')).toBeInTheDocument();
    expect(services.getBargain).toHaveBeenCalledTimes(2);
  });

  test('opened from the landing page (?campaignId=): starts, or resumes, the own bargain', async () => {
    setRouter({ campaignId: 'demo-bargain' });
    services.startBargain.mockResolvedValue(ok({ bargain: aBargainView(), created: true }));

    render(<BargainPage />);

    expect(await screen.findByTestId('bargain-summary')).toBeInTheDocument();
    expect(services.startBargain).toHaveBeenCalledWith('demo-bargain');
    expect(services.getBargain).not.toHaveBeenCalled();
  });

  test('starts used up (START_LIMIT): shows the latest own bargain instead of an error', async () => {
    setRouter({ campaignId: 'demo-bargain' });
    services.startBargain.mockResolvedValue(fail('START_LIMIT'));
    services.myBargains.mockResolvedValue(
      ok({
        bargains: [
          aBargainView({ id: 'brg_000000000000000A', startedAt: '2026-11-01T00:00:00.000Z' }),
          aBargainView({
            id: 'brg_000000000000000B',
            startedAt: '2026-11-20T00:00:00.000Z',
            status: 'expired',
          }),
        ],
      }),
    );

    render(<BargainPage />);

    expect(await screen.findByTestId('initiator-outcome')).toHaveTextContent('砍价已过期');
    expect(services.myBargains).toHaveBeenCalledWith('demo-bargain');
  });
});

describe('bargain page: the initiator sees progress at a glance', () => {
  test('price, 已砍/还差, helps, the public next cut, helpers', async () => {
    serve(aBargainView({ helpsDone: 3 }));

    render(<BargainPage />);

    // 9900 − (1500 + 1800 + 1500 + 1200) = 3900 left to pay; the floor is 100.
    expect(await screen.findByTestId('bargain-current')).toHaveTextContent('¥39');
    expect(screen.getByTestId('bargain-cut')).toHaveTextContent('已砍 ¥60，还差 ¥38');
    expect(screen.getByTestId('bargain-helps')).toHaveTextContent('3/10 位好友已帮砍');
    expect(screen.getByTestId('bargain-next-cut')).toHaveTextContent('下一刀 ¥10');
    expect(screen.getByTestId('bargain-heading')).toHaveTextContent('邀请好友帮砍，¥1 拿到手');
    expect(screen.getAllByTestId('helper-row')).toHaveLength(3);
    expect(screen.getAllByTestId('helper-row')[1]).toHaveTextContent('砍掉 ¥15');
    expect(screen.getByTestId('cut-schedule')).toHaveTextContent('自砍¥15');
    expect(screen.getByTestId('share-panel')).toBeInTheDocument();
    expect(screen.queryByTestId('help-button')).not.toBeInTheDocument();
  });

  test('no helpers yet: an invitation to invite', async () => {
    serve(aBargainView({ helpsDone: 0 }));

    render(<BargainPage />);

    expect(await screen.findByTestId('helper-list')).toHaveTextContent(
      '还没有好友帮砍，快去邀请吧',
    );
  });

  test('the countdown follows the server clock, not a phone set years off', async () => {
    jest.useFakeTimers({ now: new Date('2031-07-01T12:00:00.000Z') });
    serve(aBargainView({ serverNow: SERVER_NOW, endsAt: '2026-11-23T09:30:00.000Z' }));

    render(<BargainPage />);

    expect(await screen.findByTestId('countdown')).toHaveTextContent('距结束还剩 01:30:00');
    act(() => {
      jest.advanceTimersByTime(2000);
    });
    expect(screen.getByTestId('countdown')).toHaveTextContent('距结束还剩 01:29:58');
  });

  test('when the countdown runs out on screen, the page asks the server again', async () => {
    jest.useFakeTimers({ now: new Date(SERVER_NOW) });
    services.getBargain.mockResolvedValueOnce(
      ok({ bargain: aBargainView({ endsAt: '2026-11-23T08:00:02.000Z' }) }),
    );
    services.getBargain.mockResolvedValueOnce(ok({ bargain: aBargainView({ status: 'expired' }) }));

    render(<BargainPage />);
    await screen.findByTestId('countdown');
    act(() => {
      jest.advanceTimersByTime(3000);
    });

    expect(await screen.findByTestId('initiator-outcome')).toHaveTextContent('砍价已过期');
    expect(services.getBargain).toHaveBeenCalledTimes(2);
  });
});

describe('bargain page: sharing', () => {
  test('the share card opens this bargain with the token, titled from the campaign', async () => {
    serve(aBargainView());

    render(<BargainPage />);
    await waitFor(() => expect(services.shareInvite).toHaveBeenCalledWith('demo-bargain', ID));

    await waitFor(() =>
      expect(shareHandler()()).toEqual({
        title: SHARE_TITLE,
        path: `/pages/bargain/index?bargainId=${ID}&token=${TOKEN}`,
      }),
    );
  });

  test('campaign without a share title: the default 帮我砍一刀… and the campaign image', async () => {
    campaign = targetCampaignOf(
      aBargainCampaign({
        product: { id: 'p1', name: '保温杯', priceFen: 9900, imageUrl: 'https://img/cup.png' },
      }),
    );
    serve(aBargainView());

    render(<BargainPage />);

    await waitFor(() =>
      expect(shareHandler()()).toEqual({
        title: '帮我砍一刀，¥1 就能拿',
        path: `/pages/bargain/index?bargainId=${ID}&token=${TOKEN}`,
        imageUrl: 'https://img/cup.png',
      }),
    );
  });

  test('before anything loaded, the handler still answers synchronously with this page', () => {
    services.getBargain.mockReturnValue(new Promise(() => {}));

    render(<BargainPage />);

    expect(shareHandler()()).toMatchObject({ path: `/pages/bargain/index?bargainId=${ID}` });
  });

  test('H5: 复制链接 copies the link with the token', async () => {
    serve(aBargainView());

    render(<BargainPage />);
    await copyShareLink();

    expect(Taro.setClipboardData).toHaveBeenCalledWith({
      data: `http://localhost/#/pages/bargain/index?bargainId=${ID}&token=${TOKEN}`,
    });
  });

  test('weapp: WeChat’s share button; the poster asks for the code only when opened', async () => {
    process.env.TARO_ENV = 'weapp';
    services.inviteQrCode.mockResolvedValue(
      ok({ contentType: 'image/png', imageBase64: 'iVBORw0KGgo=' }),
    );
    serve(aBargainView());

    render(<BargainPage />);

    expect(await screen.findByTestId('share-button')).toHaveAttribute('data-open-type', 'share');
    await waitFor(() => expect(services.shareInvite).toHaveBeenCalled());
    expect(services.inviteQrCode).not.toHaveBeenCalled();
    fireEvent.click(screen.getByTestId('poster-toggle'));
    expect(await screen.findByTestId('invite-poster-qr')).toHaveAttribute(
      'src',
      'data:image/png;base64,iVBORw0KGgo=',
    );
    expect(services.inviteQrCode).toHaveBeenCalledWith(TOKEN);
  });

  test('weapp: the subscribe prompt appears only after the tap, never on load', async () => {
    process.env.TARO_ENV = 'weapp';
    jest.mocked(Taro.requestSubscribeMessage).mockResolvedValueOnce({
      errMsg: 'requestSubscribeMessage:ok',
      'tmpl-help-notice': 'accept',
    });
    jest.mocked(Taro.cloud.callFunction).mockResolvedValueOnce({
      result: { ok: true, data: { unspent: 1 } },
    } as never);
    serve(aBargainView());

    render(<BargainPage />);

    const button = await screen.findByTestId('subscribe-button');
    expect(button).toHaveTextContent('好友帮你砍价时通知我');
    expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled();
    fireEvent.click(button);
    expect(Taro.requestSubscribeMessage).toHaveBeenCalledWith({ tmplIds: ['tmpl-help-notice'] });
    expect(await screen.findByText(/已开启通知 1 次/)).toBeInTheDocument();
  });

  test('H5: the button records a grant through the local host, and says it is simulated', async () => {
    serve(aBargainView());

    render(<BargainPage />);

    const button = await screen.findByTestId('subscribe-button');
    expect(button).toHaveTextContent('本地模拟');
    // jsdom has no fetch: the local host's answer, as the H5 transport reads it.
    Object.assign(globalThis, {
      fetch: jest.fn(async () => ({ json: async () => ({ ok: true, data: { unspent: 1 } }) })),
    });
    fireEvent.click(button);
    expect(await screen.findByText(/已开启通知 1 次/)).toBeInTheDocument();
    expect(Taro.requestSubscribeMessage).not.toHaveBeenCalled();
    Reflect.deleteProperty(globalThis, 'fetch');
  });

  test('a friend gets no token of the initiator’s: their card shares the bare page', async () => {
    serve(aBargainView({ viewer: friend }));

    render(<BargainPage />);
    await screen.findByTestId('help-button');

    expect(services.shareInvite).not.toHaveBeenCalled();
    expect(shareHandler()()).toMatchObject({ path: `/pages/bargain/index?bargainId=${ID}` });
  });
});

describe('bargain page: a friend helps with one tap', () => {
  test('the invitation, the tap, the result at once, then the start-own button', async () => {
    serve(aBargainView({ viewer: friend, helpsDone: 3 }));
    services.helpBargain.mockResolvedValue(
      ok({
        cutFen: 2340,
        bargain: aBargainView({
          viewer: refusedFriend('ALREADY_HELPED'),
          helpsDone: 4,
          currentFen: 3900 - 2340,
        }),
      }),
    );

    render(<BargainPage />);

    expect(await screen.findByTestId('bargain-heading')).toHaveTextContent(
      '王* 正在砍价，帮 TA 砍一刀',
    );
    expect(screen.queryByTestId('start-own')).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId('help-button'));

    expect(await screen.findByTestId('help-result')).toHaveTextContent('你帮好友砍掉 ¥23.40');
    expect(services.helpBargain).toHaveBeenCalledWith(ID);
    expect(screen.getByTestId('bargain-current')).toHaveTextContent('¥15.60');
    expect(screen.queryByTestId('help-button')).not.toBeInTheDocument();
    expect(screen.getByTestId('start-own')).toHaveTextContent('我也要 ¥1 拿');
  });

  test('the button is disabled while the help is in flight: two taps, one help', async () => {
    serve(aBargainView({ viewer: friend }));
    const answer = answerLater(services.helpBargain);

    render(<BargainPage />);
    await tapUntilBusy('help-button');
    fireEvent.click(screen.getByTestId('help-button'));

    expect(screen.getByTestId('help-button')).toHaveTextContent('提交中…');
    expect(services.helpBargain).toHaveBeenCalledTimes(1);
    act(() => answer(ok({ cutFen: 1000, bargain: aBargainView({ viewer: friend }) })));
    expect(await screen.findByTestId('help-result')).toHaveTextContent('你帮好友砍掉 ¥10');
  });

  test('我也要 ¥1 拿 starts the friend’s own bargain and opens it', async () => {
    serve(aBargainView({ viewer: refusedFriend('ALREADY_HELPED') }));
    services.startBargain.mockResolvedValue(
      ok({ bargain: aBargainView({ id: 'brg_000000000000000F' }), created: true }),
    );

    render(<BargainPage />);
    fireEvent.click(await screen.findByTestId('start-own'));

    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: '/pages/bargain/index?bargainId=brg_000000000000000F',
      }),
    );
    expect(services.startBargain).toHaveBeenCalledWith('demo-bargain');
  });

  test('a failed start says why and stays', async () => {
    serve(aBargainView({ viewer: refusedFriend('ALREADY_HELPED') }));
    services.startBargain.mockResolvedValue(fail('NOT_LIVE'));

    render(<BargainPage />);
    fireEvent.click(await screen.findByTestId('start-own'));

    expect(await screen.findByTestId('start-error')).toHaveTextContent('活动未开始或已结束');
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });

  test('opened from a share card: the visit is recorded, and the help waits for it', async () => {
    setRouter({ bargainId: ID, token: TOKEN });
    const visit = answerLater(services.visitOnce);
    serve(aBargainView({ viewer: friend }));
    services.helpBargain.mockResolvedValue(
      ok({ cutFen: 2340, bargain: aBargainView({ viewer: refusedFriend('ALREADY_HELPED') }) }),
    );

    render(<BargainPage />);
    await waitFor(() =>
      expect(services.visitOnce).toHaveBeenCalledWith('demo-bargain', {
        bargainId: ID,
        token: TOKEN,
      }),
    );
    await tapUntilBusy('help-button');
    expect(services.helpBargain).not.toHaveBeenCalled();

    act(() => visit(aVisit('demo-bargain')));
    expect(await screen.findByTestId('help-result')).toHaveTextContent('你帮好友砍掉 ¥23.40');
  });

  test('without a token no visit is recorded here', async () => {
    serve(aBargainView({ viewer: friend }));

    render(<BargainPage />);
    await screen.findByTestId('help-button');

    expect(services.visitOnce).not.toHaveBeenCalled();
  });
});

const REFUSALS: Array<{
  code: NonNullable<BargainView['viewer']['helpRefusal']>;
  message: string;
}> = [
  { code: 'SELF_HELP', message: '不能给自己砍价，快分享给好友吧' },
  { code: 'ALREADY_HELPED', message: '你已经帮过 TA 了' },
  { code: 'HELP_LIMIT', message: '你今天的帮砍次数已用完，明天再来吧' },
  { code: 'NEW_USERS_ONLY', message: '本次砍价仅限新用户帮砍' },
  { code: 'CLOSED', message: 'TA 已砍到底价，不用再砍啦' },
  { code: 'EXPIRED', message: '这个砍价已过期' },
];

describe('bargain page: every refusal is said before the tap', () => {
  test.each(REFUSALS)('$code: the disabled button says “$message”', async ({ code, message }) => {
    serve(aBargainView({ viewer: refusedFriend(code) }));

    render(<BargainPage />);

    const button = await screen.findByTestId('help-button');
    expect(button).toBeDisabled();
    expect(button).toHaveTextContent(message);
    expect(screen.getByTestId('start-own')).toHaveTextContent('我也要 ¥1 拿');
    fireEvent.click(button);
    expect(services.helpBargain).not.toHaveBeenCalled();
  });
});

describe('bargain page: every refusal is said after the tap too', () => {
  test.each([
    ...REFUSALS,
    { code: 'NOT_FOUND' as const, message: '活动不存在或已下线' },
    { code: 'INTERNAL' as const, message: '网络异常，请稍后重试' },
  ])('$code → “$message”, and the page reloads the bargain', async ({ code, message }) => {
    serve(aBargainView({ viewer: friend }));
    services.helpBargain.mockResolvedValue(fail(code));

    render(<BargainPage />);
    fireEvent.click(await screen.findByTestId('help-button'));

    expect(await screen.findByTestId('refusal-notice')).toHaveTextContent(message);
    expect(screen.queryByTestId('help-result')).not.toBeInTheDocument();
    await waitFor(() => expect(services.getBargain).toHaveBeenCalledTimes(2));
  });
});

describe('bargain page: completed', () => {
  test('initiator: the reward coupon and 去使用 to the wallet', async () => {
    serve(
      aBargainView({
        helpsDone: 10,
        reward: aCouponView({ title: '保温杯砍价券', valueFen: 9800, minSpendFen: 9900 }),
      }),
    );

    render(<BargainPage />);

    expect(await screen.findByTestId('initiator-outcome')).toHaveTextContent('砍价成功');
    expect(screen.getByTestId('reward-coupon')).toHaveTextContent('¥98');
    expect(screen.getByTestId('reward-coupon')).toHaveTextContent('保温杯砍价券');
    expect(screen.queryByTestId('share-panel')).not.toBeInTheDocument();
    expect(screen.queryByTestId('countdown')).not.toBeInTheDocument();
    fireEvent.click(screen.getByTestId('reward-coupon-use'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/coupons/index' });
  });

  test('friend: 已砍成, no help button, and the start-own button', async () => {
    serve(aBargainView({ helpsDone: 10, viewer: refusedFriend('CLOSED') }));

    render(<BargainPage />);

    expect(await screen.findByTestId('friend-status')).toHaveTextContent('已砍成');
    expect(screen.queryByTestId('help-button')).not.toBeInTheDocument();
    expect(screen.getByTestId('start-own')).toHaveTextContent('我也要 ¥1 拿');
  });

  test('the friend whose help was the last cut sees both the cut and 已砍成', async () => {
    serve(aBargainView({ helpsDone: 9, viewer: friend }));
    services.helpBargain.mockResolvedValue(
      ok({
        cutFen: 200,
        bargain: aBargainView({ helpsDone: 10, viewer: refusedFriend('CLOSED') }),
      }),
    );

    render(<BargainPage />);
    fireEvent.click(await screen.findByTestId('help-button'));

    expect(await screen.findByTestId('help-result')).toHaveTextContent('你帮好友砍掉 ¥2');
    expect(screen.getByTestId('friend-status')).toHaveTextContent('已砍成');
  });
});

describe('bargain page: amounts', () => {
  test('when any cut has fen, every amount on the page prints two decimals', async () => {
    const schedule = [1978, 1939, 1360, 1190, 807, 740, 500, 412, 404, 247, 223];
    serve(
      aBargainView({
        schedule,
        initiatorCutFen: 1978,
        currentFen: 9900 - 1978,
        helpsDone: 0,
        helpers: [],
        nextCutFen: 1939,
      }),
    );

    render(<BargainPage />);

    const summary = await screen.findByTestId('bargain-summary');
    expect(summary).toHaveTextContent('¥79.22');
    expect(summary).toHaveTextContent('¥99.00');
    expect(summary).toHaveTextContent('底价 ¥1.00');
    expect(screen.getByTestId('cut-schedule')).toHaveTextContent('¥5.00');
    expect(document.body.textContent).not.toMatch(/¥\d+(?![.\d])/);
  });

  test('all whole yuan: no decimals anywhere', async () => {
    serve(aBargainView());

    render(<BargainPage />);

    const summary = await screen.findByTestId('bargain-summary');
    expect(summary).toHaveTextContent('底价 ¥1');
    expect(document.body.textContent).not.toMatch(/¥\d+\.\d/);
  });
});

describe('bargain page: expired', () => {
  test('initiator: what happened, and 重新发起 starts a new one', async () => {
    serve(aBargainView({ status: 'expired', viewer: { ...initiator, canRestart: true } }));
    services.startBargain.mockResolvedValue(
      ok({ bargain: aBargainView({ id: 'brg_000000000000000N' }), created: true }),
    );

    render(<BargainPage />);

    expect(await screen.findByTestId('initiator-outcome')).toHaveTextContent(
      '砍价已过期，未在时间内砍到底价',
    );
    fireEvent.click(screen.getByTestId('restart'));
    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: '/pages/bargain/index?bargainId=brg_000000000000000N',
      }),
    );
  });

  test('initiator whose start a concurrent tap took: the start error under 重新发起', async () => {
    serve(aBargainView({ status: 'expired', viewer: { ...initiator, canRestart: true } }));
    services.startBargain.mockResolvedValue(fail('START_LIMIT'));

    render(<BargainPage />);
    expect(await screen.findByTestId('initiator-outcome')).toHaveTextContent(
      '重新发起后，好友可以再帮你砍',
    );
    fireEvent.click(screen.getByTestId('restart'));

    expect(await screen.findByTestId('start-error')).toHaveTextContent('你已发起过本活动');
  });

  test.each([
    { refusal: 'START_LIMIT' as const, says: '本活动每人可发起的次数已用完，不能再发起' },
    { refusal: 'NOT_LIVE' as const, says: '活动已结束，不能再发起' },
    { refusal: 'CAMPAIGN_PAUSED' as const, says: '活动暂停中，恢复后可以重新发起' },
  ])(
    'initiator who may not start again ($refusal): why, and no 重新发起',
    async ({ refusal, says }) => {
      serve(
        aBargainView({
          status: 'expired',
          viewer: { ...initiator, canRestart: false, restartRefusal: refusal },
        }),
      );

      render(<BargainPage />);

      expect(await screen.findByTestId('initiator-outcome')).toHaveTextContent(says);
      expect(screen.getByTestId('initiator-outcome')).not.toHaveTextContent('重新发起后');
      expect(screen.queryByTestId('restart')).not.toBeInTheDocument();
    },
  );

  test('friend: TA 的砍价已过期, and the start-own button', async () => {
    serve(aBargainView({ status: 'expired', viewer: refusedFriend('EXPIRED') }));

    render(<BargainPage />);

    expect(await screen.findByTestId('friend-status')).toHaveTextContent('TA 的砍价已过期');
    expect(screen.queryByTestId('help-button')).not.toBeInTheDocument();
    expect(screen.getByTestId('start-own')).toBeInTheDocument();
  });
});

describe('bargain page: one call', () => {
  test('loads with one call: the campaign comes with the bargain, no campaign.get', async () => {
    serve(aBargainView());

    render(<BargainPage />);

    expect(await screen.findByTestId('bargain-summary')).toBeInTheDocument();
    expect(services.getBargain).toHaveBeenCalledTimes(1);
    expect(services.getCampaign).not.toHaveBeenCalled();
  });
});
