import type { GroupView } from '../../cloudfunctions/contracts/group';
import { targetCampaignOf } from '../../cloudfunctions/usecases/campaign/target-campaign';
import { aGroupCampaign, aPacketSettings } from '../support/ui/campaign-builders';
import {
  GROUP_ID,
  GROUP_ORDER_ID,
  aGroupView,
  aGroupViewer,
  heldSeat,
  paidSeat,
  refusedViewer,
} from '../support/ui/group-builders';
import { PACKET_ID, aPacketView, sharer } from '../support/ui/packet-builders';
import { waitFor } from './support/load-weapp';
import { INVITE_SHARE, stubServer } from './support/stub-server';
import { stubWx } from './support/stub-wx';
import { usePage } from './support/use-page';

// The server behind the page: whatever each action should answer in this test.
let group: GroupView | undefined;
let joinAnswer: unknown;
const server = stubServer({
  'group.get': () => group && { ok: true, data: { group } },
  'group.join': () => joinAnswer,
  'invite.share': () => INVITE_SHARE,
  'packet.share': () => ({
    ok: true,
    data: { packet: aPacketView({ viewer: sharer }), created: true },
  }),
});
const { showModal, navigateTo } = stubWx(['showModal', 'navigateTo']);
const { open, textOf } = usePage('pages/group/index');

beforeEach(() => {
  group = undefined;
  joinAnswer = undefined;
});

describe('group page (real weapp build): group.get drives the view', () => {
  test('open, a friend may join: the deal, the seats, 还差 N 人成团, 参与拼团 ¥49', async () => {
    group = aGroupView({ paid: 1, holding: 1, size: 3 });

    open({ groupId: GROUP_ID });

    await waitFor(() => expect(textOf('.group-summary__price')).toBe('¥49'));
    expect(textOf('.group-summary__original')).toBe('¥99');
    expect(textOf('.group-summary__size')).toBe('3人团');
    expect(textOf('.group-summary__rule')).toBe('到期未满员将自动退款');
    expect(textOf('.group-members__progress')).toBe('还差 2 人成团');
    expect(textOf('.group-members__paying')).toBe('1 人正在支付');
    expect(textOf('.group-seats')).toContain('团长');
    expect(textOf('.group-summary .countdown')).toMatch(/^距拼团结束还剩 \d\d:\d\d:\d\d$/);
    expect(textOf('.group-actions__join')).toBe('参与拼团 ¥49');
  });

  test('join in WeChat: group.join, then the merchant’s checkout is named — nothing faked', async () => {
    group = aGroupView();
    const held = aGroupView({ holding: 1, viewer: heldSeat() });
    joinAnswer = { ok: true, data: { group: held, joined: true } };

    const page = open({ groupId: GROUP_ID });
    await waitFor(() => expect(textOf('.group-actions__join')).toBe('参与拼团 ¥49'));
    group = held;
    page.find('.group-actions__join')?.dispatchEvent('tap');

    await waitFor(() => expect(textOf('.group-actions__error')).toBe('请在商家收银台完成支付'));
    expect(showModal).toHaveBeenCalledTimes(1);
    expect(showModal.mock.calls[0]?.[0]).toMatchObject({ content: '请在商家收银台完成支付' });
    expect(textOf('.group-actions__pay')).toBe('去支付 ¥49');
    expect(
      server.calls.filter((call) => call.name === 'group' && call.data.action === 'join'),
    ).toEqual([{ name: 'group', data: { action: 'join', groupId: GROUP_ID } }]);
    // The order is the merchant's to report: no order call from the page.
    expect(server.routes()).not.toContain('order.report');
  });

  test('held: 去支付 and the payment window; the tap names the merchant’s checkout', async () => {
    group = aGroupView({ holding: 1, viewer: heldSeat() });

    const page = open({ groupId: GROUP_ID });

    await waitFor(() => expect(textOf('.group-actions__pay')).toBe('去支付 ¥49'));
    expect(textOf('.group-actions__hold')).toMatch(/^请在 \d\d:\d\d 内完成支付，超时座位将释放$/);
    page.find('.group-actions__pay')?.dispatchEvent('tap');
    await waitFor(() => expect(textOf('.group-actions__error')).toBe('请在商家收银台完成支付'));
    expect(showModal).toHaveBeenCalledTimes(1);
  });

  test('paid while open: 已支付, WeChat’s share button, the token fetched for this group', async () => {
    group = aGroupView({ paid: 2, viewer: paidSeat() });

    open({ groupId: GROUP_ID });

    await waitFor(() => expect(textOf('.group-actions__status')).toBe('已支付'));
    expect(textOf('.share-button')).toBe('邀请好友参团');
    expect(textOf('.group-members__progress')).toBe('还差 1 人成团');
    await waitFor(() =>
      expect(server.calls).toContainEqual({
        name: 'invite',
        data: { action: 'share', campaignId: 'demo-group', subjectId: GROUP_ID },
      }),
    );
  });

  test('completed, with coupons for friends: 拼团成功, and the packet opens from the order', async () => {
    group = aGroupView({
      status: 'completed',
      paid: 3,
      viewer: paidSeat(),
      campaign: targetCampaignOf(aGroupCampaign({ packet: aPacketSettings() })),
    });

    const page = open({ groupId: GROUP_ID });

    await waitFor(() => expect(textOf('.group-summary__banner')).toBe('拼团成功'));
    expect(textOf('.group-members__progress')).toBe('已成团');
    await waitFor(() => expect(textOf('.packet-share__button')).toBe('分享优惠券给好友'));
    expect(page.find('.share-button')).toBeUndefined();
    page.find('.packet-share__button')?.dispatchEvent('tap');

    await waitFor(() => expect(navigateTo).toHaveBeenCalledTimes(1));
    expect(navigateTo.mock.calls[0]?.[0].url).toBe(`/pages/packet/index?packetId=${PACKET_ID}`);
    expect(server.calls).toContainEqual({
      name: 'packet',
      data: { action: 'share', orderId: GROUP_ORDER_ID },
    });
  });

  test('failed, refund due: the refund is promised on the banner and for the viewer', async () => {
    group = aGroupView({
      status: 'failed',
      paid: 2,
      viewer: aGroupViewer({ seat: 'refund_due', orderId: GROUP_ORDER_ID, canJoin: false }),
    });

    const page = open({ groupId: GROUP_ID });

    await waitFor(() =>
      expect(textOf('.group-summary__banner')).toBe('拼团失败，已支付的款项将原路退回'),
    );
    expect(textOf('.group-actions__status')).toBe('款项将原路退回');
    expect(page.find('.group-actions__join')).toBeUndefined();
  });

  test('full: why not, before any tap, and the way to open one’s own', async () => {
    group = aGroupView({ paid: 2, holding: 1, viewer: refusedViewer('GROUP_FULL') });

    const page = open({ groupId: GROUP_ID });

    await waitFor(() => expect(textOf('.group-actions__refusal')).toBe('该团已满员'));
    expect(textOf('.group-actions__open-own')).toBe('我也开一个团');
    expect(page.find('.group-actions__join')).toBeUndefined();
  });

  test('completing short is said up front', async () => {
    group = aGroupView({ onShort: 'complete' });

    open({ groupId: GROUP_ID });

    await waitFor(() =>
      expect(textOf('.group-summary__rule')).toBe('到期未满员也按已付款人数成团'),
    );
  });
});
