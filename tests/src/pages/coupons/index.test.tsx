import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import Taro from '@tarojs/taro';
import type { CouponView } from '../../../../cloudfunctions/contracts/coupon';
import type { PacketMineResult } from '../../../../cloudfunctions/contracts/packet';
import CouponsPage from '../../../../src/pages/coupons';
import { listCoupons } from '../../../../src/services/coupon';
import { myPackets, sharePacket } from '../../../../src/services/packet';
import { aCouponView } from '../../../support/ui/coupon-builders';
import { PACKET_ID, aPacketView, sharer } from '../../../support/ui/packet-builders';

jest.mock('../../../../src/services/coupon');
jest.mock('../../../../src/services/packet');

const listMock = jest.mocked(listCoupons);
const packetsMock = jest.mocked(myPackets);
const shareMock = jest.mocked(sharePacket);

function servePackets(mine: Partial<PacketMineResult> = {}) {
  packetsMock.mockResolvedValue({ ok: true, data: { packets: [], shareable: [], ...mine } });
}

function serve(coupons: CouponView[]) {
  listMock.mockResolvedValue({ ok: true, data: { coupons } });
}

const welcome = aCouponView({
  title: '新人立减券',
  valueFen: 1000,
  minSpendFen: 5000,
  expiresAt: '2026-12-01T04:00:00.000Z',
});
const eightyPercent = aCouponView({
  title: '全场八折券',
  valueFen: null,
  percentOff: 20,
  minSpendFen: 0,
  reason: 'assist_reward',
  expiresAt: '2026-12-05T04:00:00.000Z',
});
const used = aCouponView({ title: '砍价商品券', status: 'redeemed', reason: 'bargain_reward' });
const lapsed = aCouponView({ title: '过期券', status: 'expired' });
const voided = aCouponView({ title: '退款收回券', status: 'voided' });

beforeEach(() => {
  listMock.mockReset();
  packetsMock.mockReset();
  shareMock.mockReset();
  servePackets();
});

describe('wallet: coupons grouped in 可使用 / 已使用 / 已过期', () => {
  test('tabs with counts; 可使用 first', async () => {
    serve([used, welcome, lapsed, eightyPercent, voided]);

    render(<CouponsPage />);

    expect(await screen.findByTestId('wallet-tab-usable')).toHaveTextContent('可使用(2)');
    expect(screen.getByTestId('wallet-tab-used')).toHaveTextContent('已使用(1)');
    expect(screen.getByTestId('wallet-tab-expired')).toHaveTextContent('已过期(2)');
    const cards = within(screen.getByTestId('wallet-list-usable')).getAllByTestId('coupon-card');
    expect(cards.map((card) => card.textContent)).toEqual([
      expect.stringContaining('新人立减券'),
      expect.stringContaining('全场八折券'),
    ]);
    expect(screen.queryByTestId('coupon-stamp')).not.toBeInTheDocument();
  });

  test.each([
    {
      label: 'amount off with a minimum',
      coupon: welcome,
      shown: ['¥10', '满¥50可用', '新人立减券', '有效期至 2026-12-01', '领券中心'],
    },
    {
      label: 'percent off without a minimum',
      coupon: eightyPercent,
      shown: ['8折', '无门槛', '全场八折券', '有效期至 2026-12-05', '助力奖励'],
    },
  ])('a card: $label', async ({ coupon, shown }) => {
    serve([coupon]);

    render(<CouponsPage />);

    const card = await screen.findByTestId('coupon-card');
    for (const text of shown) expect(card).toHaveTextContent(text);
  });

  test.each([
    { tab: 'used', titles: ['砍价商品券'], stamps: ['已使用'] },
    { tab: 'expired', titles: ['过期券', '退款收回券'], stamps: ['已过期', '已作废'] },
  ])('the $tab tab: its coupons, stamped', async ({ tab, titles, stamps }) => {
    serve([used, welcome, lapsed, voided]);
    render(<CouponsPage />);

    fireEvent.click(await screen.findByTestId(`wallet-tab-${tab}`));

    const list = screen.getByTestId(`wallet-list-${tab}`);
    const cards = within(list).getAllByTestId('coupon-card');
    expect(cards).toHaveLength(titles.length);
    titles.forEach((title, i) => expect(cards[i]).toHaveTextContent(title));
    expect(
      within(list)
        .getAllByTestId('coupon-stamp')
        .map((s) => s.textContent),
    ).toEqual(stamps);
    expect(screen.queryByText('新人立减券')).not.toBeInTheDocument();
  });
});

describe('wallet: empty, loading and failure', () => {
  test('no coupons at all → 暂无优惠券', async () => {
    serve([]);

    render(<CouponsPage />);

    expect(await screen.findByTestId('page-empty')).toHaveTextContent('暂无优惠券');
    expect(screen.getByTestId('wallet-tab-usable')).toHaveTextContent('可使用(0)');
  });

  test('an empty tab says so too', async () => {
    serve([welcome]);
    render(<CouponsPage />);

    fireEvent.click(await screen.findByTestId('wallet-tab-used'));

    expect(screen.getByTestId('page-empty')).toHaveTextContent('暂无优惠券');
  });

  test('加载中… until the list arrives', async () => {
    let respond: () => void = () => {};
    listMock.mockReturnValue(
      new Promise((resolve) => {
        respond = () => resolve({ ok: true, data: { coupons: [welcome] } });
      }),
    );

    render(<CouponsPage />);

    expect(screen.getByTestId('page-loading')).toHaveTextContent('加载中…');
    respond();
    expect(await screen.findByTestId('coupon-card')).toBeInTheDocument();
    expect(screen.queryByTestId('page-loading')).not.toBeInTheDocument();
  });

  test('a failure says why; 重新加载 asks again', async () => {
    listMock.mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: 'x' } });
    serve([welcome]);

    render(<CouponsPage />);

    expect(await screen.findByTestId('page-error')).toHaveTextContent('网络异常，请稍后重试');
    fireEvent.click(screen.getByText('重新加载'));
    expect(await screen.findByTestId('coupon-card')).toHaveTextContent('新人立减券');
    await waitFor(() => expect(listMock).toHaveBeenCalledTimes(2));
  });
});

describe('wallet: coupons to pass on to friends', () => {
  const order = {
    orderId: 'ord-0001',
    campaignId: 'demo-group',
    campaignTitle: '3 人拼团，保温杯 49 元',
    paidFen: 4900,
  };

  test('nothing shared and nothing to share: no section', async () => {
    serve([welcome]);

    render(<CouponsPage />);

    await screen.findByTestId('coupon-card');
    await waitFor(() => expect(packetsMock).toHaveBeenCalled());
    expect(screen.queryByTestId('wallet-packets')).not.toBeInTheDocument();
  });

  test('each shared packet: how it did, in experience (not cash), and a tap opens it', async () => {
    serve([welcome]);
    servePackets({
      packets: [
        aPacketView({
          claimedBy: ['李*', '张*'],
          viewer: sharer,
          sharerStats: { used: 1, xp: 20, pendingXp: 0 },
        }),
        aPacketView({
          id: 'pkt_000000000000000B',
          status: 'expired',
          claimedBy: [],
          viewer: sharer,
          sharerStats: { used: 0, xp: 0, pendingXp: 0 },
        }),
      ],
    });

    render(<CouponsPage />);

    const section = await screen.findByTestId('wallet-packets');
    expect(section).toHaveTextContent('不是现金');
    const rows = within(section).getAllByTestId('wallet-packet');
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('好友专享券');
    expect(within(rows[0]!).getByTestId('wallet-packet-stats')).toHaveTextContent(
      '已领 2/3 · 好友已用 1 张 · 20 经验',
    );
    expect(within(rows[0]!).getByTestId('wallet-packet-status')).toHaveTextContent('领取中');
    expect(within(rows[1]!).getByTestId('wallet-packet-status')).toHaveTextContent('已过期');

    fireEvent.click(rows[0]!);
    expect(Taro.navigateTo).toHaveBeenCalledWith({
      url: `/pages/packet/index?packetId=${PACKET_ID}`,
    });
  });

  test('an order that may still open a packet: 分享优惠券给好友 opens it and shows it', async () => {
    serve([]);
    servePackets({ shareable: [order] });
    shareMock.mockResolvedValue({
      ok: true,
      data: { packet: aPacketView({ claimedBy: [], viewer: sharer }), created: true },
    });

    render(<CouponsPage />);

    const row = await screen.findByTestId('wallet-shareable');
    expect(row).toHaveTextContent('3 人拼团，保温杯 49 元');
    expect(row).toHaveTextContent('实付 ¥49');
    fireEvent.click(within(row).getByTestId('packet-share'));

    await waitFor(() =>
      expect(Taro.navigateTo).toHaveBeenCalledWith({
        url: `/pages/packet/index?packetId=${PACKET_ID}`,
      }),
    );
    expect(shareMock).toHaveBeenCalledWith('ord-0001');
  });

  test.each([
    { code: 'ORDER_PENDING' as const, text: '成团后才能分享优惠券' },
    { code: 'ORDER_REFUNDED' as const, text: '订单已退款，不能分享优惠券' },
  ])('a refused share says why: $code', async ({ code, text }) => {
    serve([]);
    servePackets({ shareable: [order] });
    shareMock.mockResolvedValue({ ok: false, error: { code, message: 'x' } });

    render(<CouponsPage />);
    fireEvent.click(await screen.findByTestId('packet-share'));

    expect(await screen.findByTestId('packet-share-error')).toHaveTextContent(text);
    expect(Taro.navigateTo).not.toHaveBeenCalled();
  });

  test('a failed packet list costs the section, not the wallet', async () => {
    serve([welcome]);
    packetsMock.mockResolvedValue({ ok: false, error: { code: 'INTERNAL', message: 'x' } });

    render(<CouponsPage />);

    expect(await screen.findByTestId('coupon-card')).toHaveTextContent('新人立减券');
    await waitFor(() => expect(packetsMock).toHaveBeenCalled());
    expect(screen.queryByTestId('wallet-packets')).not.toBeInTheDocument();
  });

  test('a packet coupon in the wallet says where it came from: 好友分享券', async () => {
    serve([aCouponView({ title: '好友专享券', reason: 'packet' })]);

    render(<CouponsPage />);

    expect(await screen.findByTestId('coupon-card')).toHaveTextContent('好友分享券');
  });
});
