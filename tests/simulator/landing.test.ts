import type { CampaignView } from '../../cloudfunctions/contracts/campaign';
import type { InviteVisitResult } from '../../cloudfunctions/contracts/invite';
import type { GroupView } from '../../cloudfunctions/contracts/group';
import {
  aBargainCampaign,
  aCampaignView,
  aCouponCampaign,
  aGroupCampaign,
  anAssistCampaign,
} from '../support/ui/campaign-builders';
import { GROUP_ID, aGroupView, heldSeat, paidSeat } from '../support/ui/group-builders';
import { waitFor } from './support/load-weapp';
import { stubServer } from './support/stub-server';
import { stubWx } from './support/stub-wx';
import { usePage } from './support/use-page';

// The server behind the page, dispatching on function name and action: campaign.get answers
// whichever campaign the test put here (NOT_FOUND otherwise), invite.visit the visit, and
// bargain.start a new bargain, group.* the groups put here. `server.hold()` parks answers
// until the test releases them.
let served: CampaignView | undefined;
let visit: InviteVisitResult | undefined;
let groups: GroupView[] = [];
const BARGAIN_ID = 'brg_0123456789abcdef';

const server = stubServer({
  'campaign.get': () => served && { ok: true, data: { campaign: served } },
  'invite.visit': () => visit && { ok: true, data: visit },
  'bargain.start': () => ({ ok: true, data: { bargain: { id: BARGAIN_ID }, created: true } }),
  'group.open': () => ({
    ok: true,
    data: { group: aGroupView({ paid: 0, viewer: heldSeat() }), created: true },
  }),
  'group.mine': () => ({ ok: true, data: { groups } }),
  'group.get': (data) => {
    const shared = groups.find((group) => group.id === data.groupId);
    return shared && { ok: true, data: { group: shared } };
  },
});
const { navigateTo } = stubWx(['navigateTo']);
const { open, textOf } = usePage('pages/landing/index');

// The bundle keeps one visit per campaign and token for the whole launch (the test file):
// a fresh token per test makes each test a fresh arrival.
let tokenSerial = 0;
function freshToken(): string {
  tokenSerial += 1;
  return `simTok${String(tokenSerial).padStart(6, '0')}`;
}

beforeEach(() => {
  served = undefined;
  visit = { campaignId: 'demo-bargain', isNewUser: true, invitedBy: null, subject: null };
  groups = [];
});

const routes = () => server.routes().sort();

describe('landing page (real weapp build): the hook follows the campaign kind', () => {
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
    const token = freshToken();

    open({ campaignId: campaign.id, token });

    await waitFor(() => expect(textOf('.hook-section__title')).toBe(title));
    for (const text of offer) expect(textOf('.campaign-offer')).toContain(text);
    expect(textOf('.hook-section__cta')).toBe(cta);
    expect(routes()).toEqual(['campaign.get', 'invite.visit']);
    const visitCall = server.calls.find((call) => call.name === 'invite');
    // The launch scene rides along for statistics only.
    expect(visitCall?.data).toMatchObject({ action: 'visit', campaignId: campaign.id, token });
  });

  test('shows 加载中… until the answer arrives', async () => {
    served = aCampaignView(aBargainCampaign());
    server.hold();

    const page = open({ campaignId: 'demo-bargain', token: freshToken() });

    await waitFor(() => expect(page.text()).toContain('加载中…'));
    expect(page.find('.hook-section__title')).toBeUndefined();
    // Only the campaign is waited on: the visit is sent once the page has drawn it.
    await waitFor(() => expect(server.held).toHaveLength(1));
    expect(routes()).toEqual(['campaign.get']);
    server.release();
    await waitFor(() => expect(textOf('.hook-section__title')).toContain('好友帮砍'));
    expect(page.text()).not.toContain('加载中…');
    await waitFor(() => expect(routes()).toEqual(['campaign.get', 'invite.visit']));
  });

  test('a failed load says why, and 重新加载 fetches again', async () => {
    const page = open({ campaignId: 'demo-bargain', token: freshToken() });
    await waitFor(() => expect(textOf('.page-status__text')).toBe('活动不存在或已下线'));
    expect(page.find('.hook-section__title')).toBeUndefined();

    served = aCampaignView(aBargainCampaign());
    page.find('.page-status__retry')?.dispatchEvent('tap');

    await waitFor(() => expect(textOf('.hook-section__title')).toContain('好友帮砍'));
    expect(server.calls.filter((call) => call.name === 'campaign')).toHaveLength(2);
  });
});

describe('landing page (real weapp build): sections from the config, the friend from the visit', () => {
  const config = aBargainCampaign({
    rules: ['每人限发起 1 次。'],
    landing: {
      layout: 'long',
      sections: [
        { type: 'hook', ctaText: '马上砍一刀' },
        {
          type: 'proof',
          certifications: [{ name: '食品级 316 不锈钢', issuer: 'SGS 检测' }],
          experts: [{ name: '王工', title: '保温器具工程师', quote: '12 小时后仍有 68℃。' }],
          testimonials: [
            { name: '李女士', text: '下午还是热的。', orderId: 'ord-1' },
            { name: '周先生', text: '颜值很高。', orderId: 'ord-2' },
          ],
          numbers: [{ label: '已售', value: '3.2 万件' }],
        },
        { type: 'cta', ctaText: '我也要 ¥1 拿' },
      ],
    },
  });

  test('hook, proof (badge only where verified), friend, and the CTA again', async () => {
    served = aCampaignView(config, { verifiedOrderIds: ['ord-1'], participants: 42 });
    visit = {
      campaignId: 'demo-bargain',
      isNewUser: true,
      invitedBy: { name: '张**', bought: true },
      subject: null,
    };

    open({ campaignId: 'demo-bargain', token: freshToken() });

    await waitFor(() => expect(textOf('.invited-by')).toContain('好友 张** 邀请你'));
    expect(textOf('.invited-by')).toContain('TA 已购买');
    expect(textOf('.hook-section__cta')).toBe('马上砍一刀');
    expect(textOf('.hook-section__participants')).toBe('已有 42 人参与');
    const proof = textOf('.proof-section');
    for (const text of ['食品级 316 不锈钢', '12 小时后仍有 68℃。', '李女士', '3.2 万件']) {
      expect(proof).toContain(text);
    }
    // One verified testimonial, one badge (the friend's "TA 已购买" aside), on the first one.
    expect(proof.replace('TA 已购买', '').match(/已购/g)).toHaveLength(1);
    expect(textOf('.proof-section__testimonial')).toContain('李女士');
    expect(textOf('.proof-section__testimonial')).toContain('已购');
    expect(textOf('.cta-section__cta')).toBe('我也要 ¥1 拿');
    expect(textOf('.rules-list')).toContain('每人限发起 1 次。');
  });

  test('a QR launch (scene only) loads the campaign the visit names', async () => {
    served = aCampaignView(config);
    const token = freshToken();

    open({ scene: token });

    await waitFor(() => expect(textOf('.hook-section__cta')).toBe('马上砍一刀'));
    expect(server.calls[0]?.data).toMatchObject({ action: 'visit', token });
    expect(server.calls[0]?.data).not.toHaveProperty('campaignId');
    expect(server.calls[1]?.data).toEqual({ action: 'get', campaignId: 'demo-bargain' });
  });
});

describe('landing page (real weapp build): the CTA starts a bargain', () => {
  test('tap → bargain.start for this campaign → the new bargain’s page', async () => {
    served = aCampaignView(aBargainCampaign());
    const page = open({ campaignId: 'demo-bargain', token: freshToken() });
    await waitFor(() => expect(textOf('.hook-section__cta')).toBe('发起砍价'));

    page.find('.hook-section__cta')?.dispatchEvent('tap');

    await waitFor(() => expect(navigateTo).toHaveBeenCalledTimes(1));
    expect(server.calls.filter((call) => call.name === 'bargain').map((call) => call.data)).toEqual(
      [{ action: 'start', campaignId: 'demo-bargain' }],
    );
    expect(navigateTo.mock.calls[0]?.[0].url).toBe(`/pages/bargain/index?bargainId=${BARGAIN_ID}`);
  });
});

describe('landing page (real weapp build): a group campaign', () => {
  const { redirectTo } = stubWx(['redirectTo']);

  test('the offer, 发起拼团 → group.open → the new group’s page', async () => {
    served = aCampaignView(aGroupCampaign());
    const page = open({ campaignId: 'demo-group', token: freshToken() });

    await waitFor(() => expect(textOf('.hook-section__cta')).toBe('发起拼团'));
    for (const text of ['保温杯', '拼团价', '¥49', '3 人成团，每人 ¥49', '到期未满员将自动退款']) {
      expect(textOf('.campaign-offer')).toContain(text);
    }
    page.find('.hook-section__cta')?.dispatchEvent('tap');

    await waitFor(() => expect(navigateTo).toHaveBeenCalledTimes(1));
    expect(
      server.calls.filter((call) => call.data.action === 'open').map((call) => call.data),
    ).toEqual([{ action: 'open', campaignId: 'demo-group' }]);
    expect(navigateTo.mock.calls[0]?.[0].url).toBe(`/pages/group/index?groupId=${GROUP_ID}`);
  });

  test('the visitor’s own open group under the hook: 你的拼团还差 N 人成团 → 去邀请', async () => {
    served = aCampaignView(aGroupCampaign());
    groups = [aGroupView({ paid: 1, viewer: paidSeat({ isLeader: true }) })];

    const page = open({ campaignId: 'demo-group', token: freshToken() });

    await waitFor(() => expect(textOf('.group-status__title')).toBe('你的拼团还差 2 人成团'));
    expect(textOf('.group-status__go')).toBe('去邀请');
    page.find('.group-status__go')?.dispatchEvent('tap');
    await waitFor(() => expect(navigateTo).toHaveBeenCalledTimes(1));
    expect(navigateTo.mock.calls[0]?.[0].url).toBe(`/pages/group/index?groupId=${GROUP_ID}`);
  });

  test('a code shared for a group: no redirect, the group on the page, 参与拼团 with the token', async () => {
    served = aCampaignView(aGroupCampaign());
    groups = [aGroupView({ paid: 1, holding: 1 })];
    const token = freshToken();
    visit = {
      campaignId: 'demo-group',
      isNewUser: true,
      invitedBy: { name: '王*', bought: true },
      subject: { kind: 'group', id: GROUP_ID },
    };

    const page = open({ scene: token });

    await waitFor(() => expect(textOf('.group-status__title')).toBe('王* 的拼团，还差 2 人成团'));
    expect(textOf('.group-status__paying')).toBe('1 人正在支付');
    expect(textOf('.group-status__countdown')).toMatch(/^距拼团结束还剩 \d\d:\d\d:\d\d$/);
    expect(textOf('.group-status__go')).toBe('参与拼团');
    expect(redirectTo).not.toHaveBeenCalled();
    page.find('.group-status__go')?.dispatchEvent('tap');
    await waitFor(() => expect(navigateTo).toHaveBeenCalledTimes(1));
    expect(navigateTo.mock.calls[0]?.[0].url).toBe(
      `/pages/group/index?groupId=${GROUP_ID}&token=${token}`,
    );
  });
});
