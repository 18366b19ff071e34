import { act, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { PacketView } from '../../../../cloudfunctions/contracts/packet';
import PacketPage from '../../../../src/pages/packet';
import { inviteQrCode, shareInvite } from '../../../../src/services/invite';
import { visitOnce } from '../../../../src/services/launch';
import { claimPacket, getPacket } from '../../../../src/services/packet';
import { SERVER_NOW } from '../../../support/ui/help-builders';
import {
  PACKET_ID,
  aPacketCoupon,
  aPacketView,
  aPacketViewer,
  sharer,
} from '../../../support/ui/packet-builders';
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

jest.mock('../../../../src/services/packet');
jest.mock('../../../../src/services/invite');
jest.mock('../../../../src/services/launch', () => ({
  ...jest.requireActual('../../../../src/services/launch'),
  visitOnce: jest.fn(),
}));

const TOKEN = 'AbCdEfGh1234';

const services = {
  getPacket: jest.mocked(getPacket),
  claimPacket: jest.mocked(claimPacket),
  shareInvite: jest.mocked(shareInvite),
  inviteQrCode: jest.mocked(inviteQrCode),
  visitOnce: jest.mocked(visitOnce),
};

function serve(...packets: PacketView[]) {
  for (const packet of packets) services.getPacket.mockResolvedValueOnce(ok({ packet }));
  services.getPacket.mockResolvedValue(ok({ packet: packets[packets.length - 1]! }));
}

beforeEach(() => {
  resetMocks(services);
  setRouter({ packetId: PACKET_ID }, '/pages/packet/index');
  services.shareInvite.mockResolvedValue(anInvite('demo-group', TOKEN));
  services.visitOnce.mockResolvedValue(aVisit('demo-group'));
});

describe('packet page: loading and failure', () => {
  test('加载中… until the packet arrives', async () => {
    const answer = answerLater(services.getPacket);

    render(<PacketPage />);

    expect(screen.getByTestId('page-loading')).toHaveTextContent('加载中…');
    act(() => answer(ok({ packet: aPacketView() })));
    expect(await screen.findByTestId('packet-summary')).toBeInTheDocument();
    expect(services.getPacket).toHaveBeenCalledWith(PACKET_ID);
  });

  test('a failed load says why, and 重新加载 asks again', async () => {
    services.getPacket.mockResolvedValueOnce(fail('NOT_FOUND'));
    services.getPacket.mockResolvedValueOnce(ok({ packet: aPacketView() }));

    render(<PacketPage />);

    expect(await screen.findByTestId('page-error')).toHaveTextContent('活动不存在或已下线');
    fireEvent.click(screen.getByTestId('page-retry'));
    expect(await screen.findByTestId('packet-summary')).toBeInTheDocument();
  });
});

describe('packet page: a friend sees what is in it before claiming', () => {
  test('whose it is, the title, every amount, the terms, and who claimed which', async () => {
    serve(aPacketView({ amounts: [1000, 500, 300], claimedBy: ['李*'] }));

    render(<PacketPage />);

    expect(await screen.findByTestId('packet-heading')).toHaveTextContent('王* 送你一份优惠券');
    expect(screen.getByTestId('packet-title')).toHaveTextContent('好友专享券');
    expect(screen.getByTestId('packet-disclosure')).toHaveTextContent(
      '共 3 张：¥10、¥5、¥3，先到先得',
    );
    expect(screen.getByTestId('packet-terms')).toHaveTextContent('满¥50可用 · 领取后 7 天内有效');
    expect(screen.getByTestId('packet-claimed')).toHaveTextContent('已领 1/3');
    const slots = screen.getAllByTestId('packet-slot');
    expect(slots).toHaveLength(3);
    expect(slots[0]).toHaveTextContent('¥10');
    expect(slots[0]).toHaveTextContent('李*');
    expect(slots[0]).toHaveTextContent('11-23 15:40');
    expect(slots[1]).toHaveTextContent('¥5');
    expect(slots[1]).toHaveTextContent('待领取');
    expect(screen.getByTestId('packet-claim')).toHaveTextContent('领取');
    expect(screen.getByTestId('packet-claim')).toBeEnabled();
    expect(screen.queryByTestId('packet-sharer')).not.toBeInTheDocument();
  });

  test('a random packet hides unclaimed amounts (?) and shows the claimed ones', async () => {
    serve(aPacketView({ amounts: [800, 200, 500], claimedBy: ['李*'], hidden: true }));

    render(<PacketPage />);

    expect(await screen.findByTestId('packet-disclosure')).toHaveTextContent(
      '共 3 张，总额 ¥15，每张 ¥2–¥8 随机',
    );
    const values = screen
      .getAllByTestId('packet-slot')
      .map((row) => row.querySelector('.packet-slots__value')?.textContent);
    expect(values).toEqual(['¥8', '?', '?']);
  });

  test('the countdown to the packet’s end follows the server clock', async () => {
    jest.useFakeTimers({ now: new Date('2019-01-01T00:00:00.000Z') });
    serve(aPacketView({ serverNow: SERVER_NOW, endsAt: '2026-11-23T10:00:00.000Z' }));

    render(<PacketPage />);

    expect(await screen.findByTestId('countdown')).toHaveTextContent('距领取结束还剩 02:00:00');
  });
});

describe('packet page: a friend claims with one tap', () => {
  test('领取 → packet.claim → 领取成功 and the coupon, with the way to the wallet', async () => {
    serve(aPacketView());
    const coupon = aPacketCoupon({ valueFen: 500 });
    services.claimPacket.mockResolvedValue(
      ok({
        packet: aPacketView({
          claimedBy: ['李*', '我'],
          viewer: aPacketViewer({ coupon, canClaim: false, claimRefusal: 'CLAIM_LIMIT' }),
        }),
        coupon,
        replayed: false,
      }),
    );

    render(<PacketPage />);
    fireEvent.click(await screen.findByTestId('packet-claim'));

    const result = await screen.findByTestId('claim-result');
    expect(result).toHaveTextContent('领取成功');
    const ticket = within(result).getByTestId('reward-coupon');
    for (const text of ['¥5', '好友专享券', '满¥50可用', '11-30 16:00 前有效']) {
      expect(ticket).toHaveTextContent(text);
    }
    expect(services.claimPacket).toHaveBeenCalledWith(PACKET_ID);
    expect(screen.getByTestId('packet-claimed')).toHaveTextContent('已领 2/3');
    expect(screen.queryByTestId('packet-claim')).not.toBeInTheDocument();

    fireEvent.click(screen.getByTestId('reward-coupon-use'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/coupons/index' });
  });

  test('one claim in flight: two taps, one claim', async () => {
    serve(aPacketView());
    services.claimPacket.mockReturnValue(new Promise(() => {}));

    render(<PacketPage />);
    await tapUntilBusy('packet-claim');
    fireEvent.click(screen.getByTestId('packet-claim'));

    expect(screen.getByTestId('packet-claim')).toHaveTextContent('领取中…');
    expect(services.claimPacket).toHaveBeenCalledTimes(1);
  });

  test('opened from a share card: the visit is recorded before the claim', async () => {
    setRouter({ packetId: PACKET_ID, token: TOKEN });
    const visit = answerLater(services.visitOnce);
    serve(aPacketView());
    services.claimPacket.mockReturnValue(new Promise(() => {}));

    render(<PacketPage />);
    await waitFor(() =>
      expect(services.visitOnce).toHaveBeenCalledWith('demo-group', {
        packetId: PACKET_ID,
        token: TOKEN,
      }),
    );
    await tapUntilBusy('packet-claim');
    expect(services.claimPacket).not.toHaveBeenCalled();

    act(() => visit(aVisit('demo-group')));
    await waitFor(() => expect(services.claimPacket).toHaveBeenCalledWith(PACKET_ID));
  });

  test('emptied before the tap landed: says so, and the page catches up', async () => {
    serve(
      aPacketView(),
      aPacketView({
        claimedBy: ['李*', '张*', '赵*'],
        viewer: aPacketViewer({ canClaim: false, claimRefusal: 'PACKET_EMPTY' }),
      }),
    );
    services.claimPacket.mockResolvedValue(fail('PACKET_EMPTY'));

    render(<PacketPage />);
    fireEvent.click(await screen.findByTestId('packet-claim'));

    expect(await screen.findByTestId('packet-status')).toHaveTextContent('已领完');
    expect(screen.getByTestId('packet-claim')).toHaveTextContent('券已被领完');
    expect(screen.getByTestId('packet-claim')).toBeDisabled();
    // The button already says it: no second line repeating it.
    expect(screen.queryByTestId('claim-error')).not.toBeInTheDocument();
  });

  test('a failure the view does not explain is said under the button', async () => {
    serve(aPacketView());
    services.claimPacket.mockResolvedValue(fail('INTERNAL'));

    render(<PacketPage />);
    fireEvent.click(await screen.findByTestId('packet-claim'));

    expect(await screen.findByTestId('claim-error')).toHaveTextContent('网络异常，请稍后重试');
    expect(screen.getByTestId('packet-claim')).toBeEnabled();
  });

  test('去活动页看看 opens the campaign behind the packet', async () => {
    serve(aPacketView());

    render(<PacketPage />);
    fireEvent.click(await screen.findByTestId('packet-browse'));

    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: '/pages/landing/index?campaignId=demo-group',
    });
  });
});

describe('packet page: who cannot claim is told why before tapping', () => {
  test.each([
    {
      label: 'claimed too many today',
      packet: aPacketView({
        viewer: aPacketViewer({ canClaim: false, claimRefusal: 'CLAIM_LIMIT' }),
      }),
      button: '已达领取上限',
      status: null,
    },
    {
      label: 'all claimed',
      packet: aPacketView({
        claimedBy: ['李*', '张*', '赵*'],
        viewer: aPacketViewer({ canClaim: false, claimRefusal: 'PACKET_EMPTY' }),
      }),
      button: '券已被领完',
      status: '已领完',
    },
    {
      label: 'expired',
      packet: aPacketView({
        status: 'expired',
        viewer: aPacketViewer({ canClaim: false, claimRefusal: 'EXPIRED' }),
      }),
      button: '已过期',
      status: '已过期',
    },
    {
      label: 'expired, the view giving no reason of its own',
      packet: aPacketView({ status: 'expired', viewer: aPacketViewer({ canClaim: false }) }),
      button: '已过期',
      status: '已过期',
    },
  ])('$label', async ({ packet, button, status }) => {
    serve(packet);

    render(<PacketPage />);

    const claim = await screen.findByTestId('packet-claim');
    expect(claim).toHaveTextContent(button);
    expect(claim).toBeDisabled();
    fireEvent.click(claim);
    expect(services.claimPacket).not.toHaveBeenCalled();
    if (status) expect(screen.getByTestId('packet-status')).toHaveTextContent(status);
    else expect(screen.queryByTestId('packet-status')).not.toBeInTheDocument();
  });

  test('a friend who already claimed sees their coupon again', async () => {
    const coupon = aPacketCoupon({ valueFen: 1000 });
    serve(
      aPacketView({
        claimedBy: ['李*', '我'],
        viewer: aPacketViewer({ coupon, canClaim: false, claimRefusal: 'CLAIM_LIMIT' }),
      }),
    );

    render(<PacketPage />);

    const result = await screen.findByTestId('claim-result');
    expect(result).toHaveTextContent('你已领过这份券');
    expect(within(result).getByTestId('reward-coupon')).toHaveTextContent('¥10');
    expect(screen.queryByTestId('packet-claim')).not.toBeInTheDocument();
  });
});

describe('packet page: the sharer shares it and sees what friends’ use earned', () => {
  test('stats in experience, never cash; the share card opens this packet with the token', async () => {
    serve(aPacketView({ viewer: sharer, sharerStats: { used: 1, xp: 20, pendingXp: 0 } }));

    render(<PacketPage />);

    expect(await screen.findByTestId('packet-heading')).toHaveTextContent('我分享给好友的优惠券');
    expect(screen.getByTestId('packet-sharer-stats')).toHaveTextContent(
      '好友已用 1 张，你获得 20 经验',
    );
    expect(screen.getByTestId('packet-xp-note')).toHaveTextContent('不是现金');
    expect(screen.queryByTestId('packet-claim')).not.toBeInTheDocument();
    expect(screen.getByTestId('share-panel')).toBeInTheDocument();
    await waitFor(() => expect(services.shareInvite).toHaveBeenCalledWith('demo-group', PACKET_ID));
    await waitFor(() =>
      expect(shareHandler()()).toEqual({
        title: '送你一份「好友专享券」，先到先得',
        path: `/pages/packet/index?packetId=${PACKET_ID}&token=${TOKEN}`,
      }),
    );
  });

  test('H5: 复制链接 copies the packet link with the token', async () => {
    serve(aPacketView({ viewer: sharer }));

    render(<PacketPage />);
    await copyShareLink();

    expect(Taro.setClipboardData).toHaveBeenCalledWith({
      data: `http://localhost/#/pages/packet/index?packetId=${PACKET_ID}&token=${TOKEN}`,
    });
  });

  test('experience still in its refund window is said apart as 待确认, not counted in', async () => {
    serve(aPacketView({ viewer: sharer, sharerStats: { used: 2, xp: 10, pendingXp: 10 } }));

    render(<PacketPage />);

    expect(await screen.findByTestId('packet-sharer-stats')).toHaveTextContent(
      '好友已用 2 张，你获得 10 经验（另有 10 待确认）',
    );
  });

  test('all claimed: nothing left to share, the stats stay', async () => {
    serve(
      aPacketView({
        claimedBy: ['李*', '张*', '赵*'],
        viewer: sharer,
        sharerStats: { used: 3, xp: 60, pendingXp: 0 },
      }),
    );

    render(<PacketPage />);

    expect(await screen.findByTestId('packet-sharer-stats')).toHaveTextContent(
      '好友已用 3 张，你获得 60 经验',
    );
    expect(screen.getByTestId('packet-status')).toHaveTextContent('已领完');
    expect(screen.queryByTestId('share-panel')).not.toBeInTheDocument();
    expect(services.shareInvite).not.toHaveBeenCalled();
  });

  test('a friend gets no token of the sharer’s: their card shares the bare page', async () => {
    serve(aPacketView());

    render(<PacketPage />);
    await screen.findByTestId('packet-claim');

    expect(services.shareInvite).not.toHaveBeenCalled();
    expect(shareHandler()()).toMatchObject({ path: `/pages/packet/index?packetId=${PACKET_ID}` });
  });
});
