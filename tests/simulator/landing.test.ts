import type { CampaignView } from '../../cloudfunctions/contracts/campaign';
import {
  aBargainCampaign,
  aCampaignView,
  aCouponCampaign,
  anAssistCampaign,
} from '../support/ui/campaign-builders';
import {
  type CallFunctionParams,
  type LoadedPage,
  launchApp,
  loadPage,
  waitFor,
} from './support/load-weapp';

// The server behind the page: campaign.get answers whichever campaign the test put here,
// NOT_FOUND otherwise. `hold` parks answers until the test releases them.
let served: CampaignView | undefined;
let held: Array<() => void> | undefined;
const calls: CallFunctionParams[] = [];

async function callFunction(params: CallFunctionParams) {
  calls.push(params);
  if (held) await new Promise<void>((resolve) => held?.push(resolve));
  if (params.name === 'campaign' && params.data.action === 'get' && served) {
    return { result: { ok: true, data: { campaign: served } } };
  }
  return { result: { ok: false, error: { code: 'NOT_FOUND', message: 'not stubbed' } } };
}

const navigateTo = jest.fn((options: { url: string; success?: (res: unknown) => void }) => {
  options.success?.({ errMsg: 'navigateTo:ok' });
});

let page: LoadedPage | undefined;

beforeAll(() => {
  launchApp({ callFunction });
  (globalThis as unknown as { wx: Record<string, unknown> }).wx.navigateTo = navigateTo;
});

beforeEach(() => {
  calls.length = 0;
  served = undefined;
  held = undefined;
  navigateTo.mockClear();
});

afterEach(() => {
  page?.unload();
  page = undefined;
});

function textOf(selector: string): string {
  const node = page?.find(selector);
  if (!node) throw new Error(`no ${selector} rendered yet`);
  return node.dom?.textContent?.trim() ?? '';
}

describe('landing page (real weapp build): campaign.get drives title, offer and CTA', () => {
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
      offer: ['3 位好友助力即可领取奖励', '¥20'],
      cta: '发起助力',
    },
    {
      label: 'coupon',
      campaign: aCampaignView(aCouponCampaign()),
      title: '新人专享福利',
      offer: ['¥10', '新人立减券', '满¥99可用'],
      cta: '立即领取',
    },
  ])('$label', async ({ campaign, title, offer, cta }) => {
    served = campaign;

    page = loadPage('pages/landing/index', { campaignId: campaign.id });

    await waitFor(() => expect(textOf('.hook-section__title')).toBe(title));
    for (const text of offer) expect(textOf('.campaign-offer')).toContain(text);
    expect(textOf('.hook-section__cta')).toBe(cta);
    expect(calls).toEqual([{ name: 'campaign', data: { action: 'get', campaignId: campaign.id } }]);
  });

  test('without a campaignId it opens the demo bargain', async () => {
    served = aCampaignView(aBargainCampaign());

    page = loadPage('pages/landing/index');

    await waitFor(() => expect(textOf('.hook-section__cta')).toBe('发起砍价'));
    expect(calls.map((call) => call.data)).toEqual([{ action: 'get', campaignId: 'demo-bargain' }]);
  });

  test('shows 加载中… until the answer arrives', async () => {
    served = aCampaignView(aBargainCampaign());
    held = [];

    page = loadPage('pages/landing/index', { campaignId: 'demo-bargain' });

    await waitFor(() => expect(page?.text()).toContain('加载中…'));
    expect(page.find('.hook-section__title')).toBeUndefined();
    held.splice(0).forEach((release) => release());
    await waitFor(() => expect(textOf('.hook-section__title')).toContain('好友帮砍'));
    expect(page.text()).not.toContain('加载中…');
  });

  test('tapping the CTA opens the bargain page for this campaign', async () => {
    served = aCampaignView(aBargainCampaign());
    page = loadPage('pages/landing/index', { campaignId: 'demo-bargain' });
    await waitFor(() => expect(textOf('.hook-section__cta')).toBe('发起砍价'));

    page.find('.hook-section__cta')?.dispatchEvent('tap');

    await waitFor(() => expect(navigateTo).toHaveBeenCalledTimes(1));
    expect(navigateTo.mock.calls[0]?.[0].url).toBe('/pages/bargain/index?campaignId=demo-bargain');
  });

  test('a failed load says why, and 重新加载 fetches again', async () => {
    page = loadPage('pages/landing/index', { campaignId: 'demo-bargain' });
    await waitFor(() => expect(textOf('.landing__error-text')).toBe('活动不存在或已下线'));
    expect(page.find('.hook-section__title')).toBeUndefined();

    served = aCampaignView(aBargainCampaign());
    page.find('.landing__retry')?.dispatchEvent('tap');

    await waitFor(() => expect(textOf('.hook-section__title')).toContain('好友帮砍'));
    expect(calls).toHaveLength(2);
  });
});
