import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { AssistStartResult } from '../../../../cloudfunctions/contracts/assist';
import type { BargainStartResult } from '../../../../cloudfunctions/contracts/bargain';
import type { CampaignView } from '../../../../cloudfunctions/contracts/campaign';
import type { CouponClaimResult } from '../../../../cloudfunctions/contracts/coupon';
import type { ErrorCode } from '../../../../cloudfunctions/contracts/errors';
import type { FunctionResult } from '../../../../cloudfunctions/contracts/result';
import LandingPage from '../../../../src/pages/landing';
import { startAssist } from '../../../../src/services/assist';
import { startBargain } from '../../../../src/services/bargain';
import { getCampaign } from '../../../../src/services/campaign';
import { claimCoupon } from '../../../../src/services/coupon';
import { visitOnce } from '../../../../src/services/launch';
import {
  aBargainCampaign,
  aCampaignView,
  aCouponCampaign,
  anAssistCampaign,
  proofSection,
} from '../../../support/ui/campaign-builders';
import { aVisit, ok } from '../../../support/ui/page-helpers';

jest.mock('../../../../src/services/campaign');
jest.mock('../../../../src/services/bargain');
jest.mock('../../../../src/services/assist');
jest.mock('../../../../src/services/coupon', () => ({
  ...jest.requireActual('../../../../src/services/coupon'),
  claimCoupon: jest.fn(),
}));
jest.mock('../../../../src/services/launch', () => ({
  ...jest.requireActual('../../../../src/services/launch'),
  visitOnce: jest.fn(),
}));

const BARGAIN_ID = 'brg_0123456789abcdef';
const ASSIST_ID = 'ast_0123456789abcdef';

const started = {
  bargain: {
    ok: true,
    data: { bargain: { id: BARGAIN_ID }, created: true },
  } as unknown as FunctionResult<BargainStartResult>,
  assist: {
    ok: true,
    data: { assist: { id: ASSIST_ID }, created: true },
  } as unknown as FunctionResult<AssistStartResult>,
  claimed: {
    ok: true,
    data: { coupon: { id: 'cpn_0123456789abcdef' }, replayed: false },
  } as unknown as FunctionResult<CouponClaimResult>,
};

const refused = (code: ErrorCode) => ({
  ok: false as const,
  error: { code, message: 'server text' },
});

async function open(campaign: CampaignView) {
  jest.mocked(getCampaign).mockResolvedValue(ok({ campaign }));
  render(<LandingPage />);
  return screen.findByTestId('landing-cta');
}

beforeEach(() => {
  for (const fn of [getCampaign, startBargain, startAssist, claimCoupon, visitOnce])
    jest.mocked(fn).mockReset();
  jest.mocked(visitOnce).mockResolvedValue(aVisit('demo-bargain'));
});

describe('CTA: a visitor who already has one going is led to it', () => {
  test.each([
    ['bargain', aBargainCampaign(), BARGAIN_ID, '查看我的砍价', '/pages/bargain/index?bargainId='],
    ['assist', anAssistCampaign(), ASSIST_ID, '查看我的助力', '/pages/assist/index?assistId='],
  ] as const)('%s: 「%s」 opens theirs, starts nothing', async (kind, config, id, label, url) => {
    const cta = await open(aCampaignView(config, { mine: { kind, id } }));
    expect(cta).toHaveTextContent(label);

    fireEvent.click(cta);

    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: `${url}${id}` });
    expect(startBargain).not.toHaveBeenCalled();
    expect(startAssist).not.toHaveBeenCalled();
  });

  test('after the campaign ended, the visitor can still open their own', async () => {
    const cta = await open(
      aCampaignView(aBargainCampaign(), {
        status: 'ended',
        mine: { kind: 'bargain', id: BARGAIN_ID },
      }),
    );
    expect(cta).toHaveTextContent('查看我的砍价');
    expect(cta).toBeEnabled();
  });
});

describe('CTA: each kind starts its own flow', () => {
  test('bargain → bargain.start, then the bargain page for the new bargain', async () => {
    jest.mocked(startBargain).mockResolvedValue(started.bargain);
    fireEvent.click(await open(aCampaignView(aBargainCampaign())));

    await waitFor(() => expect(screen.getByTestId('landing-cta')).toBeEnabled());
    expect(startBargain).toHaveBeenCalledWith('demo-bargain');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/bargain/index?bargainId=${BARGAIN_ID}`,
    });
  });

  test('assist → assist.start, then the assist page', async () => {
    jest.mocked(startAssist).mockResolvedValue(started.assist);
    fireEvent.click(await open(aCampaignView(anAssistCampaign())));

    await waitFor(() => expect(screen.getByTestId('landing-cta')).toBeEnabled());
    expect(startAssist).toHaveBeenCalledWith('demo-assist');
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/assist/index?assistId=${ASSIST_ID}`,
    });
  });

  test('coupon → claim the claim template, 领取成功, then the button leads to the wallet', async () => {
    jest.mocked(claimCoupon).mockResolvedValue(started.claimed);
    fireEvent.click(await open(aCampaignView(aCouponCampaign())));

    expect(await screen.findByText('查看我的优惠券')).toBeInTheDocument();
    expect(claimCoupon).toHaveBeenCalledWith(
      'welcome-10',
      expect.stringMatching(/^[A-Za-z0-9_-]{8,64}$/),
    );
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '领取成功', icon: 'success' });
    expect(Taro.navigateTo).not.toHaveBeenCalled();

    fireEvent.click(screen.getByTestId('landing-cta'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/coupons/index' });
    expect(claimCoupon).toHaveBeenCalledTimes(1);
  });
});

describe('CTA: a refusal is a toast in Chinese, and nothing opens', () => {
  test.each([
    {
      label: 'bargain, already started',
      campaign: aCampaignView(aBargainCampaign()),
      service: startBargain,
      code: 'START_LIMIT' as const,
      shown: '你已发起过本活动',
    },
    {
      label: 'assist, new users only',
      campaign: aCampaignView(anAssistCampaign()),
      service: startAssist,
      code: 'NEW_USERS_ONLY' as const,
      shown: '本活动仅限新用户参与',
    },
    {
      label: 'coupon, budget gone',
      campaign: aCampaignView(aCouponCampaign()),
      service: claimCoupon,
      code: 'BUDGET_EXHAUSTED' as const,
      shown: '优惠券已领完',
    },
    {
      label: 'coupon, claimed before',
      campaign: aCampaignView(aCouponCampaign()),
      service: claimCoupon,
      code: 'CLAIM_LIMIT' as const,
      shown: '已达领取上限',
    },
    {
      label: 'bargain, network down',
      campaign: aCampaignView(aBargainCampaign()),
      service: startBargain,
      code: 'INTERNAL' as const,
      shown: '网络异常，请稍后重试',
    },
  ])('$label → $shown', async ({ campaign, service, code, shown }) => {
    (jest.mocked(service) as jest.Mock).mockResolvedValue(refused(code));
    fireEvent.click(await open(campaign));

    await waitFor(() => expect(screen.getByTestId('landing-cta')).toBeEnabled());
    expect(Taro.showToast).toHaveBeenCalledWith({ title: shown, icon: 'none' });
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });
});

describe('CTA: one tap, one call', () => {
  test('every CTA on the page is disabled while the call is in flight', async () => {
    let answer: (value: FunctionResult<BargainStartResult>) => void = () => {};
    jest.mocked(startBargain).mockReturnValue(new Promise((resolve) => (answer = resolve)));
    const landing = {
      layout: 'long' as const,
      sections: [{ type: 'hook' as const }, proofSection, { type: 'cta' as const }],
    };
    const cta = await open(aCampaignView(aBargainCampaign({ landing })));

    fireEvent.click(cta);
    fireEvent.click(cta);
    fireEvent.click(screen.getByTestId('landing-cta-again'));

    expect(cta).toBeDisabled();
    expect(screen.getByTestId('landing-cta-again')).toBeDisabled();
    expect(startBargain).toHaveBeenCalledTimes(1);
    answer(started.bargain);
    await waitFor(() => expect(screen.getByTestId('landing-cta')).toBeEnabled());
    expect(Taro.navigateTo).toHaveBeenCalledTimes(1);
  });

  test('a claim retried after a lost answer reuses its requestId; after a refusal a new one', async () => {
    jest
      .mocked(claimCoupon)
      .mockResolvedValueOnce(refused('INTERNAL'))
      .mockResolvedValueOnce(refused('CLAIM_LIMIT'))
      .mockResolvedValueOnce(started.claimed);
    const cta = await open(aCampaignView(aCouponCampaign()));

    for (let tap = 1; tap <= 3; tap += 1) {
      fireEvent.click(cta);
      await waitFor(() => expect(screen.getByTestId('landing-cta')).toBeEnabled());
      expect(claimCoupon).toHaveBeenCalledTimes(tap);
    }

    const ids = jest.mocked(claimCoupon).mock.calls.map(([, requestId]) => requestId);
    expect(ids[1]).toBe(ids[0]);
    expect(ids[2]).not.toBe(ids[1]);
  });
});
