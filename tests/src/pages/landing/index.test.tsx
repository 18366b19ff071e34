import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { CampaignView } from '../../../../cloudfunctions/contracts/campaign';
import LandingPage from '../../../../src/pages/landing';
import { setRouter } from '../../../support/ui/taro';
import {
  aBargainCampaign,
  aCampaignView,
  aCoupon,
  aCouponCampaign,
  anAssistCampaign,
} from '../../../support/ui/campaign-builders';

const fetchMock = jest.fn();

function answer(status: number, body: unknown): Response {
  return { status, ok: status < 300, json: () => Promise.resolve(body) } as unknown as Response;
}

function serveCampaign(campaign: CampaignView) {
  fetchMock.mockResolvedValue(answer(200, { ok: true, data: { campaign } }));
}

function requestedCampaignIds(): unknown[] {
  return fetchMock.mock.calls.map(
    ([, init]) => JSON.parse((init as RequestInit).body as string).campaignId,
  );
}

beforeEach(() => {
  fetchMock.mockReset();
  global.fetch = fetchMock;
});

describe('landing: loads the campaign named in the query', () => {
  test('shows 加载中… until the campaign arrives', async () => {
    let respond: (value: Response) => void = () => {};
    fetchMock.mockReturnValue(new Promise<Response>((resolve) => (respond = resolve)));

    render(<LandingPage />);

    expect(screen.getByTestId('landing-loading')).toHaveTextContent('加载中…');
    respond(answer(200, { ok: true, data: { campaign: aCampaignView(aBargainCampaign()) } }));
    expect(await screen.findByTestId('landing-title')).toBeInTheDocument();
    expect(screen.queryByTestId('landing-loading')).not.toBeInTheDocument();
  });

  test.each([
    { label: 'no campaignId → the demo bargain', params: {}, requested: 'demo-bargain' },
    {
      label: 'campaignId from the query',
      params: { campaignId: 'demo-assist' },
      requested: 'demo-assist',
    },
  ])('$label', async ({ params, requested }) => {
    setRouter(params);
    serveCampaign(aCampaignView(anAssistCampaign()));

    render(<LandingPage />);

    await screen.findByTestId('landing-title');
    expect(requestedCampaignIds()).toEqual([requested]);
  });
});

describe('landing: the offer and call to action follow the campaign kind', () => {
  test.each([
    {
      label: 'bargain',
      campaign: aCampaignView(aBargainCampaign()),
      title: '好友帮砍，99 元好物 1 元拿',
      offer: ['10 位好友帮砍即可 ¥1 拿', '¥99', '底价'],
      cta: '发起砍价',
    },
    {
      label: 'assist',
      campaign: aCampaignView(anAssistCampaign()),
      title: '邀好友助力，领 20 元券',
      offer: ['3 位好友助力即可领取奖励', '¥20', '助力奖励券'],
      cta: '发起助力',
    },
    {
      label: 'coupon (amount off)',
      campaign: aCampaignView(aCouponCampaign()),
      title: '新人专享福利',
      offer: ['¥10', '新人立减券', '满¥99可用'],
      cta: '立即领取',
    },
    {
      label: 'coupon (percent off, no minimum)',
      campaign: aCampaignView(
        aCouponCampaign({
          coupons: [
            aCoupon({ id: 'p20', valueFen: undefined, percentOff: 20, title: '全场八折券' }),
          ],
          claimTemplateId: 'p20',
        }),
      ),
      title: '新人专享福利',
      offer: ['8折', '全场八折券', '无门槛'],
      cta: '立即领取',
    },
  ])('$label', async ({ campaign, title, offer, cta }) => {
    serveCampaign(campaign);

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-title')).toHaveTextContent(title);
    for (const text of offer) {
      expect(screen.getByTestId('landing-offer')).toHaveTextContent(text);
    }
    expect(screen.getByTestId('landing-cta')).toHaveTextContent(cta);
    expect(screen.getByTestId('landing-cta')).toBeEnabled();
  });

  test('the original bargain price is the struck-through one', async () => {
    serveCampaign(aCampaignView(aBargainCampaign()));

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-original-price')).toHaveTextContent('¥99');
    expect(screen.getByTestId('landing-original-price')).toHaveClass('campaign-offer__original');
  });

  test("the hook section's ctaText replaces the default", async () => {
    const config = aBargainCampaign({
      landing: { layout: 'long', sections: [{ type: 'hook', ctaText: '马上砍一刀' }] },
    });
    serveCampaign(aCampaignView(config));

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-cta')).toHaveTextContent('马上砍一刀');
  });

  test.each([
    {
      label: 'bargain',
      campaign: aCampaignView(aBargainCampaign()),
      url: '/pages/bargain/index?campaignId=demo-bargain',
    },
    {
      label: 'assist',
      campaign: aCampaignView(anAssistCampaign()),
      url: '/pages/assist/index?campaignId=demo-assist',
    },
    {
      label: 'coupon',
      campaign: aCampaignView(aCouponCampaign()),
      url: '/pages/coupons/index?campaignId=demo-welcome',
    },
  ])('$label: the CTA opens its flow page', async ({ campaign, url }) => {
    serveCampaign(campaign);
    render(<LandingPage />);

    fireEvent.click(await screen.findByTestId('landing-cta'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({ url });
  });

  test.each([
    { label: 'ended', status: 'ended' as const, notice: '活动已结束' },
    { label: 'draft (merchant preview)', status: 'draft' as const, notice: '预览：活动尚未上线' },
  ])('$label: the offer shows but the CTA is disabled', async ({ status, notice }) => {
    serveCampaign(aCampaignView(aBargainCampaign(), { status }));

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-notice')).toHaveTextContent(notice);
    expect(screen.getByTestId('landing-offer')).toHaveTextContent('10 位好友帮砍即可 ¥1 拿');
    expect(screen.getByTestId('landing-cta')).toBeDisabled();
  });
});

describe('landing: a failed load says why and can be retried', () => {
  test.each([
    {
      label: 'typed error from the server',
      first: () =>
        Promise.resolve(
          answer(404, { ok: false, error: { code: 'NOT_FOUND', message: 'no such campaign' } }),
        ),
      shown: '活动不存在或已下线',
    },
    {
      label: 'network failure',
      first: () => Promise.reject(new TypeError('Failed to fetch')),
      shown: '网络异常，请稍后重试',
    },
  ])('$label → message, then 重新加载 loads it', async ({ first, shown }) => {
    fetchMock.mockImplementationOnce(first);
    serveCampaign(aCampaignView(aBargainCampaign()));

    render(<LandingPage />);

    expect(await screen.findByTestId('landing-error')).toHaveTextContent(shown);
    expect(screen.queryByTestId('landing-title')).not.toBeInTheDocument();

    fireEvent.click(screen.getByText('重新加载'));

    expect(await screen.findByTestId('landing-title')).toHaveTextContent('好友帮砍');
    expect(screen.queryByTestId('landing-error')).not.toBeInTheDocument();
    expect(fetchMock).toHaveBeenCalledTimes(2);
  });
});

describe('landing: switching persona (H5) reloads as the new person', () => {
  test('picking u3 refetches with the u3 identity', async () => {
    serveCampaign(aCampaignView(aBargainCampaign()));
    render(<LandingPage />);
    await screen.findByTestId('landing-title');

    fireEvent.click(screen.getByText('当前身份: u1'));
    fireEvent.click(screen.getByTestId('persona-option-u3'));

    expect(await screen.findByText('当前身份: u3')).toBeInTheDocument();
    await waitFor(() => expect(fetchMock).toHaveBeenCalledTimes(2));
    const headers = (fetchMock.mock.calls[1] as [string, RequestInit])[1].headers;
    expect(headers).toMatchObject({ 'x-fission-openid': 'u3' });
    expect(await screen.findByTestId('landing-title')).toBeInTheDocument();
  });
});
