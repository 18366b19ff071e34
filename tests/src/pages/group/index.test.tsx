import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { targetCampaignOf } from '../../../../cloudfunctions/usecases/campaign/target-campaign';
import type { TargetCampaign } from '../../../../cloudfunctions/contracts/target-campaign';
import Taro from '@tarojs/taro';
import type { GroupView } from '../../../../cloudfunctions/contracts/group';
import type { OrderReportResult } from '../../../../cloudfunctions/contracts/order';
import type { FunctionResult } from '../../../../cloudfunctions/contracts/result';
import GroupPage from '../../../../src/pages/group';
import { getCampaign } from '../../../../src/services/campaign';
import { getGroup, joinGroup, openGroup } from '../../../../src/services/group';
import { inviteQrCode, shareInvite } from '../../../../src/services/invite';
import { visitOnce } from '../../../../src/services/launch';
import { sharePacket } from '../../../../src/services/packet';
import { quoteCoupons } from '../../../../src/services/coupon';
import { payForGroup } from '../../../../src/services/pay';
import { aGroupCampaign, aPacketSettings } from '../../../support/ui/campaign-builders';
import {
  GROUP_ID,
  GROUP_ORDER_ID,
  aGroupView,
  aGroupViewer,
  heldSeat,
  paidSeat,
  refusedViewer,
} from '../../../support/ui/group-builders';
import { SERVER_NOW } from '../../../support/ui/help-builders';
import { PACKET_ID, aPacketView, sharer } from '../../../support/ui/packet-builders';
import { aCouponView } from '../../../support/ui/coupon-builders';
import {
  aVisit,
  anInvite,
  answerLater,
  copyShareLink,
  fail,
  ok,
  resetMocks,
  tapUntilBusy,
  switchPersona,
} from '../../../support/ui/page-helpers';
import { setRouter, shareHandler } from '../../../support/ui/taro';

jest.mock('../../../../src/services/group');
jest.mock('../../../../src/services/campaign');
jest.mock('../../../../src/services/invite');
jest.mock('../../../../src/services/packet');
jest.mock('../../../../src/services/coupon', () => ({
  ...jest.requireActual('../../../../src/services/coupon'),
  quoteCoupons: jest.fn(),
}));
jest.mock('../../../../src/services/pay', () => ({
  ...jest.requireActual('../../../../src/services/pay'),
  payForGroup: jest.fn(),
}));
jest.mock('../../../../src/services/launch', () => ({
  ...jest.requireActual('../../../../src/services/launch'),
  visitOnce: jest.fn(),
}));

const TOKEN = 'AbCdEfGh1234';

const services = {
  getGroup: jest.mocked(getGroup),
  joinGroup: jest.mocked(joinGroup),
  openGroup: jest.mocked(openGroup),
  payForGroup: jest.mocked(payForGroup),
  quoteCoupons: jest.mocked(quoteCoupons),
  sharePacket: jest.mocked(sharePacket),
  getCampaign: jest.mocked(getCampaign),
  shareInvite: jest.mocked(shareInvite),
  inviteQrCode: jest.mocked(inviteQrCode),
  visitOnce: jest.mocked(visitOnce),
};

/** The campaign the served views carry (the page loads it with the group, in one call). */
let campaign: TargetCampaign;

function serve(...groups: GroupView[]) {
  for (const group of groups)
    services.getGroup.mockResolvedValueOnce(ok({ group: { ...group, campaign } }));
  services.getGroup.mockResolvedValue(ok({ group: { ...groups[groups.length - 1]!, campaign } }));
}

function paid(outcome: 'seat' | 'refund_due' = 'seat'): FunctionResult<OrderReportResult> {
  return ok({
    order: {
      orderId: GROUP_ORDER_ID,
      amountFen: 4900,
      discountFen: 0,
      paidFen: 4900,
      campaignId: 'demo-group',
      productId: 'p1',
      productIds: ['p1'],
      couponId: null,
      groupId: GROUP_ID,
      groupOutcome: outcome,
      reportedAt: SERVER_NOW,
    },
    replayed: false,
  });
}

beforeEach(() => {
  resetMocks(services);
  setRouter({ groupId: GROUP_ID }, '/pages/group/index');
  campaign = targetCampaignOf(aGroupCampaign());
  services.quoteCoupons.mockResolvedValue(ok({ quotes: [] }));
  services.shareInvite.mockResolvedValue(anInvite('demo-group', TOKEN));
  services.visitOnce.mockResolvedValue(aVisit('demo-group'));
});

describe('group page: loading and failure', () => {
  test('加载中… until the group arrives', async () => {
    const answer = answerLater(services.getGroup);

    render(<GroupPage />);

    expect(screen.getByTestId('page-loading')).toHaveTextContent('加载中…');
    act(() => answer(ok({ group: aGroupView() })));
    expect(await screen.findByTestId('group-summary')).toBeInTheDocument();
    expect(services.getGroup).toHaveBeenCalledWith(GROUP_ID);
  });

  test('a failed load says why, and 重新加载 asks again', async () => {
    services.getGroup.mockResolvedValueOnce(fail('INTERNAL'));
    services.getGroup.mockResolvedValueOnce(ok({ group: aGroupView() }));

    render(<GroupPage />);

    expect(await screen.findByTestId('page-error')).toHaveTextContent('网络异常，请稍后重试');
    fireEvent.click(screen.getByTestId('page-retry'));
    expect(await screen.findByTestId('group-summary')).toBeInTheDocument();
  });

  test('opened without a groupId: not found, and nothing asked', async () => {
    setRouter({});

    render(<GroupPage />);

    expect(await screen.findByTestId('page-error')).toHaveTextContent('活动不存在或已下线');
    expect(services.getGroup).not.toHaveBeenCalled();
  });
});

describe('group page: the deal and the seats at a glance', () => {
  test('group price against the original, N人团, members and empty seats, 还差 N 人成团', async () => {
    serve(aGroupView({ paid: 1, size: 3 }));

    render(<GroupPage />);

    expect(await screen.findByTestId('group-price')).toHaveTextContent('¥49');
    expect(screen.getByTestId('group-original-price')).toHaveTextContent('¥99');
    expect(screen.getByTestId('group-size')).toHaveTextContent('3人团');
    expect(screen.getByTestId('group-heading')).toHaveTextContent('王* 邀你一起拼团');
    expect(await screen.findByText('保温杯')).toBeInTheDocument();
    expect(screen.getAllByTestId('group-member')).toHaveLength(1);
    expect(screen.getByTestId('group-member')).toHaveTextContent('团长');
    expect(screen.getAllByTestId('group-empty-seat')).toHaveLength(2);
    expect(screen.getByTestId('group-progress')).toHaveTextContent('还差 2 人成团');
    expect(screen.queryByTestId('group-paying')).not.toBeInTheDocument();
  });

  test('seats held for people paying: still counted as missing, and said', async () => {
    serve(aGroupView({ paid: 1, size: 5, holding: 2 }));

    render(<GroupPage />);

    expect(await screen.findByTestId('group-progress')).toHaveTextContent('还差 4 人成团');
    expect(screen.getByTestId('group-paying')).toHaveTextContent('2 人正在支付');
    expect(screen.getAllByTestId('group-empty-seat')).toHaveLength(4);
  });

  test.each([
    { onShort: 'fail' as const, text: '到期未满员将自动退款' },
    { onShort: 'complete' as const, text: '到期未满员也按已付款人数成团' },
  ])('what happens if short at the deadline is said up front: $onShort', async (row) => {
    serve(aGroupView({ onShort: row.onShort }));

    render(<GroupPage />);

    expect(await screen.findByTestId('group-on-short')).toHaveTextContent(row.text);
  });

  test('the countdown follows the server clock, not a phone set years off', async () => {
    jest.useFakeTimers({ now: new Date('2031-07-01T12:00:00.000Z') });
    serve(aGroupView({ serverNow: SERVER_NOW, endsAt: '2026-11-23T09:30:00.000Z' }));

    render(<GroupPage />);

    const countdown = await screen.findByTestId('group-countdown');
    expect(countdown).toHaveTextContent('距拼团结束还剩 01:30:00');
    act(() => {
      jest.advanceTimersByTime(2000);
    });
    expect(countdown).toHaveTextContent('距拼团结束还剩 01:29:58');
  });

  test('when the deadline passes on screen, the page asks the server again', async () => {
    jest.useFakeTimers({ now: new Date(SERVER_NOW) });
    serve(
      aGroupView({ endsAt: '2026-11-23T08:00:02.000Z' }),
      aGroupView({ status: 'failed', viewer: refusedViewer('CLOSED') }),
    );

    render(<GroupPage />);
    await screen.findByTestId('group-countdown');
    act(() => {
      jest.advanceTimersByTime(3000);
    });

    expect(await screen.findByTestId('group-banner')).toHaveTextContent('拼团失败');
    expect(services.getGroup).toHaveBeenCalledTimes(2);
  });
});

describe('group page: how a group ends', () => {
  test('completed: 拼团成功, no countdown, 已成团', async () => {
    serve(aGroupView({ status: 'completed', paid: 3, viewer: paidSeat() }));

    render(<GroupPage />);

    expect(await screen.findByTestId('group-banner')).toHaveTextContent('拼团成功');
    expect(screen.getByTestId('group-progress')).toHaveTextContent('已成团');
    expect(screen.queryByTestId('group-countdown')).not.toBeInTheDocument();
    expect(screen.queryByTestId('group-empty-seat')).not.toBeInTheDocument();
    expect(screen.getByTestId('group-seat-status')).toHaveTextContent('已支付');
    expect(screen.queryByTestId('share-panel')).not.toBeInTheDocument();
  });

  test('failed: the refund is promised, and a member owed one is told so', async () => {
    serve(
      aGroupView({
        status: 'failed',
        paid: 2,
        viewer: aGroupViewer({
          seat: 'refund_due',
          orderId: GROUP_ORDER_ID,
          canJoin: false,
          joinRefusal: 'CLOSED',
        }),
      }),
    );

    render(<GroupPage />);

    expect(await screen.findByTestId('group-banner')).toHaveTextContent(
      '拼团失败，已支付的款项将原路退回',
    );
    expect(screen.getByTestId('group-progress')).toHaveTextContent('未成团');
    expect(screen.getByTestId('group-seat-status')).toHaveTextContent('款项将原路退回');
    expect(screen.queryByTestId('group-join')).not.toBeInTheDocument();
    expect(screen.queryByTestId('packet-share')).not.toBeInTheDocument();
    // Not a dead end: the member may open a group of their own at once.
    expect(screen.getByTestId('group-open-own')).toHaveTextContent('重新开一个团');
  });

  test('refund due in a group that went on (the payment landed when it was full)', async () => {
    serve(
      aGroupView({
        paid: 3,
        status: 'completed',
        viewer: aGroupViewer({ seat: 'refund_due', canJoin: false, joinRefusal: 'CLOSED' }),
      }),
    );

    render(<GroupPage />);

    expect(await screen.findByTestId('group-seat-status')).toHaveTextContent('款项将原路退回');
    expect(screen.getByTestId('group-heading')).toHaveTextContent('我参与的拼团');
  });
});

describe('group page: the checkout offers the viewer’s coupons for this seat', () => {
  const usable = aCouponView({ title: '好友专享券', valueFen: 500, minSpendFen: 0 });
  const far = aCouponView({ title: '满 ¥100 券', valueFen: 2000, minSpendFen: 10_000 });

  test('the best usable coupon is chosen, the others say why; paying uses it at its price', async () => {
    serve(
      aGroupView({ holding: 1, viewer: heldSeat() }),
      aGroupView({ paid: 1, viewer: paidSeat() }),
    );
    services.quoteCoupons.mockResolvedValue(
      ok({
        quotes: [
          { usable: true, coupon: usable, discountFen: 500, payableFen: 4400 },
          {
            usable: false,
            coupon: far,
            refusal: { code: 'MIN_SPEND_NOT_MET', shortfallFen: 5100 },
          },
        ],
      }),
    );
    services.payForGroup.mockResolvedValue(paid());

    render(<GroupPage />);

    const rows = await screen.findAllByTestId('coupon-picker-row');
    expect(rows.map((r) => r.textContent)).toEqual([
      '¥5好友专享券立减 ¥5已选',
      '¥20满 ¥100 券还差 ¥51 可用',
    ]);
    expect(services.quoteCoupons).toHaveBeenCalledWith({ amountFen: 4900, productIds: ['p1'] });
    expect(screen.getByTestId('group-pay')).toHaveTextContent('去支付 ¥44');
    fireEvent.click(screen.getByTestId('group-pay'));
    expect(await screen.findByTestId('group-seat-status')).toHaveTextContent('已支付');
    expect(services.payForGroup).toHaveBeenCalledWith('demo-group', GROUP_ID, usable.id);
  });

  test('tapping the chosen coupon again pays the full price without it', async () => {
    serve(aGroupView({ holding: 1, viewer: heldSeat() }));
    services.quoteCoupons.mockResolvedValue(
      ok({ quotes: [{ usable: true, coupon: usable, discountFen: 500, payableFen: 4400 }] }),
    );
    services.payForGroup.mockResolvedValue(paid());

    render(<GroupPage />);
    fireEvent.click(await screen.findByTestId('coupon-picker-row'));

    expect(screen.getByTestId('group-pay')).toHaveTextContent('去支付 ¥49');
    fireEvent.click(screen.getByTestId('group-pay'));
    await waitFor(() =>
      expect(services.payForGroup).toHaveBeenCalledWith('demo-group', GROUP_ID, null),
    );
  });
});

describe('group page: a friend joins, and goes straight on to pay', () => {
  test('参与拼团 ¥49 → group.join, then the checkout, then the group again: 已支付', async () => {
    serve(aGroupView(), aGroupView({ paid: 2, viewer: paidSeat() }));
    services.joinGroup.mockResolvedValue(
      ok({ group: aGroupView({ holding: 1, viewer: heldSeat() }), joined: true }),
    );
    services.payForGroup.mockResolvedValue(paid());

    render(<GroupPage />);
    fireEvent.click(await screen.findByTestId('group-join'));

    expect(await screen.findByTestId('group-seat-status')).toHaveTextContent('已支付');
    expect(services.joinGroup).toHaveBeenCalledWith(GROUP_ID);
    expect(services.payForGroup).toHaveBeenCalledWith('demo-group', GROUP_ID, null);
    expect(services.getGroup).toHaveBeenCalledTimes(2);
    expect(screen.getAllByTestId('group-member')).toHaveLength(2);
    expect(Taro.showToast).toHaveBeenCalledWith({ title: '支付成功', icon: 'success' });
  });

  test('the button says 参与拼团 with the price, and waits while the join is in flight', async () => {
    serve(aGroupView());
    services.joinGroup.mockReturnValue(new Promise(() => {}));

    render(<GroupPage />);
    expect(await screen.findByTestId('group-join')).toHaveTextContent('参与拼团 ¥49');
    await tapUntilBusy('group-join');
    fireEvent.click(screen.getByTestId('group-join'));

    expect(services.joinGroup).toHaveBeenCalledTimes(1);
    expect(screen.getByTestId('group-join')).toHaveTextContent('处理中…');
  });

  test('opened from a share card: the visit is recorded before the join', async () => {
    setRouter({ groupId: GROUP_ID, token: TOKEN });
    const visit = answerLater(services.visitOnce);
    serve(aGroupView());
    services.joinGroup.mockResolvedValue(
      ok({ group: aGroupView({ viewer: heldSeat() }), joined: true }),
    );
    services.payForGroup.mockResolvedValue(paid());

    render(<GroupPage />);
    await waitFor(() =>
      expect(services.visitOnce).toHaveBeenCalledWith('demo-group', {
        groupId: GROUP_ID,
        token: TOKEN,
      }),
    );
    await tapUntilBusy('group-join');
    expect(services.joinGroup).not.toHaveBeenCalled();

    act(() => visit(aVisit('demo-group')));
    await waitFor(() => expect(services.joinGroup).toHaveBeenCalledWith(GROUP_ID));
  });

  test('a retried join that finds the seat paid pays nothing twice', async () => {
    serve(aGroupView());
    services.joinGroup.mockResolvedValue(
      ok({ group: aGroupView({ paid: 2, viewer: paidSeat() }), joined: false }),
    );

    render(<GroupPage />);
    fireEvent.click(await screen.findByTestId('group-join'));

    expect(await screen.findByTestId('group-seat-status')).toHaveTextContent('已支付');
    expect(services.payForGroup).not.toHaveBeenCalled();
  });

  test('the group filled up before the tap landed: 该团已满员, and the page catches up', async () => {
    serve(aGroupView(), aGroupView({ paid: 2, holding: 1, viewer: refusedViewer('GROUP_FULL') }));
    services.joinGroup.mockResolvedValue(fail('GROUP_FULL'));

    render(<GroupPage />);
    fireEvent.click(await screen.findByTestId('group-join'));

    expect(await screen.findByTestId('group-error')).toHaveTextContent('该团已满员');
    expect(await screen.findByTestId('group-refusal')).toHaveTextContent('该团已满员');
    expect(screen.queryByTestId('group-join')).not.toBeInTheDocument();
    expect(services.payForGroup).not.toHaveBeenCalled();
  });

  test('the checkout answered, but the group had no seat left: no 支付成功, the refund shows', async () => {
    serve(
      aGroupView(),
      aGroupView({
        paid: 3,
        status: 'completed',
        viewer: aGroupViewer({ seat: 'refund_due', canJoin: false, joinRefusal: 'CLOSED' }),
      }),
    );
    services.joinGroup.mockResolvedValue(
      ok({ group: aGroupView({ viewer: heldSeat() }), joined: true }),
    );
    services.payForGroup.mockResolvedValue(paid('refund_due'));

    render(<GroupPage />);
    fireEvent.click(await screen.findByTestId('group-join'));

    expect(await screen.findByTestId('group-seat-status')).toHaveTextContent('款项将原路退回');
    expect(Taro.showToast).not.toHaveBeenCalled();
  });
});

describe('group page: a held seat waits for the payment', () => {
  test('去支付 ¥49 and the window from the server clock, mm:ss', async () => {
    jest.useFakeTimers({ now: new Date('2031-07-01T12:00:00.000Z') });
    serve(aGroupView({ holding: 1, viewer: heldSeat() }));

    render(<GroupPage />);

    expect(await screen.findByTestId('group-pay')).toHaveTextContent('去支付 ¥49');
    const hold = screen.getByTestId('group-hold');
    expect(hold).toHaveTextContent('请在 15:00 内完成支付，超时座位将释放');
    act(() => {
      jest.advanceTimersByTime(61_000);
    });
    expect(hold).toHaveTextContent('请在 13:59 内完成支付，超时座位将释放');
    expect(screen.queryByTestId('group-join')).not.toBeInTheDocument();
  });

  test('weapp’s answer (UNAVAILABLE): pay at the merchant’s checkout, and the page says so', async () => {
    serve(aGroupView({ viewer: heldSeat() }));
    services.payForGroup.mockResolvedValue({
      ok: false,
      error: { code: 'UNAVAILABLE', message: '请在商家收银台完成支付' },
    });

    render(<GroupPage />);
    fireEvent.click(await screen.findByTestId('group-pay'));

    expect(await screen.findByTestId('group-error')).toHaveTextContent('请在商家收银台完成支付');
    expect(services.payForGroup).toHaveBeenCalledWith('demo-group', GROUP_ID, null);
    // The seat is still held: the button stays for when the shopper comes back.
    expect(screen.getByTestId('group-pay')).toBeInTheDocument();
  });

  test('H5: paying reloads the group', async () => {
    serve(aGroupView({ viewer: heldSeat() }), aGroupView({ paid: 2, viewer: paidSeat() }));
    services.payForGroup.mockResolvedValue(paid());

    render(<GroupPage />);
    fireEvent.click(await screen.findByTestId('group-pay'));

    expect(await screen.findByTestId('group-seat-status')).toHaveTextContent('已支付');
    expect(services.getGroup).toHaveBeenCalledTimes(2);
  });

  test('a double tap on 去支付 pays once: a second payment would be a second order', async () => {
    serve(aGroupView({ viewer: heldSeat() }), aGroupView({ paid: 2, viewer: paidSeat() }));
    services.payForGroup.mockResolvedValue(paid());

    render(<GroupPage />);
    const button = await screen.findByTestId('group-pay');
    // Both taps inside one act: the second arrives before React re-renders the button.
    act(() => {
      button.click();
      button.click();
    });

    expect(await screen.findByTestId('group-seat-status')).toHaveTextContent('已支付');
    expect(services.payForGroup).toHaveBeenCalledTimes(1);
  });

  test('the window runs out on screen: the page asks again and the seat reads released', async () => {
    jest.useFakeTimers({ now: new Date(SERVER_NOW) });
    serve(
      aGroupView({ viewer: heldSeat({ holdUntil: '2026-11-23T08:00:02.000Z' }) }),
      aGroupView({ viewer: aGroupViewer({ seat: 'released' }) }),
    );

    render(<GroupPage />);
    await screen.findByTestId('group-hold');
    act(() => {
      jest.advanceTimersByTime(3000);
    });

    expect(await screen.findByTestId('group-seat-status')).toHaveTextContent(
      '支付超时，座位已释放',
    );
    expect(screen.getByTestId('group-join')).toHaveTextContent('参与拼团 ¥49');
  });
});

describe('group page: who cannot join is told why before tapping, and may open their own', () => {
  test.each([
    { code: 'GROUP_FULL' as const, text: '该团已满员' },
    { code: 'EXPIRED' as const, text: '已过期' },
    { code: 'NOT_LIVE' as const, text: '活动未开始或已结束' },
  ])('$code → $text', async ({ code, text }) => {
    serve(aGroupView({ paid: 2, holding: 1, viewer: refusedViewer(code) }));

    render(<GroupPage />);

    expect(await screen.findByTestId('group-refusal')).toHaveTextContent(text);
    expect(screen.queryByTestId('group-join')).not.toBeInTheDocument();
    expect(screen.getByTestId('group-open-own')).toHaveTextContent('我也开一个团');
  });

  test.each([
    [
      '我也开一个团: a visitor to a full group',
      () => aGroupView({ paid: 3, status: 'completed', viewer: refusedViewer('CLOSED') }),
    ],
    [
      '重新开一个团: a member of a group that failed',
      () =>
        aGroupView({
          status: 'failed',
          paid: 2,
          viewer: aGroupViewer({ seat: 'refund_due', orderId: GROUP_ORDER_ID, canJoin: false }),
        }),
    ],
  ])('%s opens their own group and shows it', async (_label, view) => {
    serve(view());
    services.openGroup.mockResolvedValue(
      ok({ group: aGroupView({ id: 'grp_000000000000000F', viewer: heldSeat() }), created: true }),
    );

    render(<GroupPage />);
    fireEvent.click(await screen.findByTestId('group-open-own'));

    await waitFor(() =>
      expect(Taro.redirectTo).toHaveBeenCalledWith({
        url: '/pages/group/index?groupId=grp_000000000000000F',
      }),
    );
    expect(services.openGroup).toHaveBeenCalledWith('demo-group');
  });

  test('a refused open says why and stays', async () => {
    serve(aGroupView({ viewer: refusedViewer('GROUP_FULL') }));
    services.openGroup.mockResolvedValue(fail('START_LIMIT'));

    render(<GroupPage />);
    fireEvent.click(await screen.findByTestId('group-open-own'));

    expect(await screen.findByTestId('group-error')).toHaveTextContent('你已发起过本活动');
    expect(Taro.redirectTo).not.toHaveBeenCalled();
  });
});

describe('group page: a paid member invites friends into this group', () => {
  test('已支付, and the share card opens this group with the member’s token', async () => {
    serve(aGroupView({ viewer: paidSeat({ isLeader: true }) }));

    render(<GroupPage />);

    expect(await screen.findByTestId('group-seat-status')).toHaveTextContent('已支付');
    expect(screen.getByTestId('group-heading')).toHaveTextContent('我开的团');
    expect(screen.getByTestId('share-panel')).toBeInTheDocument();
    await waitFor(() => expect(services.shareInvite).toHaveBeenCalledWith('demo-group', GROUP_ID));
    await waitFor(() =>
      expect(shareHandler()()).toEqual({
        title: '还差 2 人，¥49 一起拼',
        path: `/pages/group/index?groupId=${GROUP_ID}&token=${TOKEN}`,
      }),
    );
  });

  test('the campaign’s share title and image win', async () => {
    campaign = targetCampaignOf(
      aGroupCampaign({
        share: { title: '一起拼，保温杯 49 元' },
        product: { id: 'p1', name: '保温杯', priceFen: 9900, imageUrl: 'https://img/cup.png' },
      }),
    );
    serve(aGroupView({ viewer: paidSeat() }));

    render(<GroupPage />);

    await waitFor(() =>
      expect(shareHandler()()).toEqual({
        title: '一起拼，保温杯 49 元',
        path: `/pages/group/index?groupId=${GROUP_ID}&token=${TOKEN}`,
        imageUrl: 'https://img/cup.png',
      }),
    );
  });

  test('H5: 复制链接 copies the group link with the token', async () => {
    serve(aGroupView({ viewer: paidSeat() }));

    render(<GroupPage />);
    await copyShareLink();

    expect(Taro.setClipboardData).toHaveBeenCalledWith({
      data: `http://localhost/#/pages/group/index?groupId=${GROUP_ID}&token=${TOKEN}`,
    });
  });

  test('someone not (yet) in the group gets no token: their card shares the bare page', async () => {
    serve(aGroupView({ viewer: heldSeat() }));

    render(<GroupPage />);
    await screen.findByTestId('group-pay');

    expect(screen.queryByTestId('share-panel')).not.toBeInTheDocument();
    expect(services.shareInvite).not.toHaveBeenCalled();
    expect(shareHandler()()).toMatchObject({ path: `/pages/group/index?groupId=${GROUP_ID}` });
  });

  test('before anything loaded, the handler still answers synchronously with this page', () => {
    services.getGroup.mockReturnValue(new Promise(() => {}));

    render(<GroupPage />);

    expect(shareHandler()()).toMatchObject({ path: `/pages/group/index?groupId=${GROUP_ID}` });
  });
});

describe('group page: coupons for friends once the group has formed (campaign with a packet)', () => {
  beforeEach(() => {
    campaign = targetCampaignOf(aGroupCampaign({ packet: aPacketSettings() }));
  });

  test('completed and paid: 分享优惠券给好友 opens the order’s packet and shows it', async () => {
    serve(aGroupView({ status: 'completed', paid: 3, viewer: paidSeat() }));
    services.sharePacket.mockResolvedValue(
      ok({ packet: aPacketView({ viewer: sharer }), created: true }),
    );

    render(<GroupPage />);
    fireEvent.click(await screen.findByTestId('packet-share'));

    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({
        url: `/pages/packet/index?packetId=${PACKET_ID}`,
      }),
    );
    expect(services.sharePacket).toHaveBeenCalledWith(GROUP_ORDER_ID);
  });

  test('a refused share says why', async () => {
    serve(aGroupView({ status: 'completed', paid: 3, viewer: paidSeat() }));
    services.sharePacket.mockResolvedValue(fail('NOT_LIVE'));

    render(<GroupPage />);
    fireEvent.click(await screen.findByTestId('packet-share'));

    expect(await screen.findByTestId('packet-share-error')).toHaveTextContent('活动未开始或已结束');
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  test('paid while the group is still open: the coupons come once it forms', async () => {
    serve(aGroupView({ viewer: paidSeat() }));

    render(<GroupPage />);

    expect(await screen.findByTestId('group-packet-later')).toHaveTextContent(
      '成团后可分享优惠券给好友',
    );
    expect(screen.queryByTestId('packet-share')).not.toBeInTheDocument();
  });

  test.each([
    { label: 'not a member', viewer: aGroupViewer({ canJoin: false, joinRefusal: 'CLOSED' }) },
    {
      label: 'owed a refund',
      viewer: aGroupViewer({ seat: 'refund_due', orderId: GROUP_ORDER_ID, canJoin: false }),
    },
  ])('$label: no coupons to share', async ({ viewer }) => {
    serve(aGroupView({ status: 'completed', paid: 3, viewer }));

    render(<GroupPage />);

    await screen.findByTestId('group-banner');
    expect(screen.queryByTestId('packet-share')).not.toBeInTheDocument();
  });

  test('a campaign without a packet offers none', async () => {
    campaign = targetCampaignOf(aGroupCampaign());
    serve(aGroupView({ status: 'completed', paid: 3, viewer: paidSeat() }));

    render(<GroupPage />);

    await screen.findByText('保温杯');
    expect(screen.queryByTestId('packet-share')).not.toBeInTheDocument();
    expect(
      within(screen.getByTestId('group-actions')).getByTestId('group-seat-status'),
    ).toHaveTextContent('已支付');
  });
});

describe('group page: switching persona (H5) reloads as the new person', () => {
  test('picking u3 asks for the group again and forgets the last tap', async () => {
    serve(aGroupView());
    services.joinGroup.mockResolvedValue(fail('GROUP_FULL'));
    render(<GroupPage />);
    fireEvent.click(await screen.findByTestId('group-join'));
    await screen.findByTestId('group-error');

    switchPersona('u3');

    await waitFor(() => expect(services.getGroup).toHaveBeenCalledTimes(3));
    await screen.findByTestId('group-summary');
    expect(screen.queryByTestId('group-error')).not.toBeInTheDocument();
  });
});

describe('group page: one call', () => {
  test('loads with one call: the campaign comes with the group, no campaign.get', async () => {
    serve(aGroupView());

    render(<GroupPage />);

    expect(await screen.findByTestId('group-summary')).toBeInTheDocument();
    expect(services.getGroup).toHaveBeenCalledTimes(1);
    expect(services.getCampaign).not.toHaveBeenCalled();
  });
});
