import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { CouponView } from '../../../../cloudfunctions/contracts/coupon';
import CouponsPage from '../../../../src/pages/coupons';
import { listCoupons } from '../../../../src/services/coupon';
import { aCouponView } from '../../../support/ui/coupon-builders';

jest.mock('../../../../src/services/coupon');

const listMock = jest.mocked(listCoupons);

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

    expect(await screen.findByTestId('wallet-empty')).toHaveTextContent('暂无优惠券');
    expect(screen.getByTestId('wallet-tab-usable')).toHaveTextContent('可使用(0)');
  });

  test('an empty tab says so too', async () => {
    serve([welcome]);
    render(<CouponsPage />);

    fireEvent.click(await screen.findByTestId('wallet-tab-used'));

    expect(screen.getByTestId('wallet-empty')).toHaveTextContent('暂无优惠券');
  });

  test('加载中… until the list arrives', async () => {
    let respond: () => void = () => {};
    listMock.mockReturnValue(
      new Promise((resolve) => {
        respond = () => resolve({ ok: true, data: { coupons: [welcome] } });
      }),
    );

    render(<CouponsPage />);

    expect(screen.getByTestId('wallet-loading')).toHaveTextContent('加载中…');
    respond();
    expect(await screen.findByTestId('coupon-card')).toBeInTheDocument();
    expect(screen.queryByTestId('wallet-loading')).not.toBeInTheDocument();
  });

  test('a failure says why; 重新加载 asks again', async () => {
    listMock.mockResolvedValueOnce({ ok: false, error: { code: 'INTERNAL', message: 'x' } });
    serve([welcome]);

    render(<CouponsPage />);

    expect(await screen.findByTestId('wallet-error')).toHaveTextContent('网络异常，请稍后重试');
    fireEvent.click(screen.getByText('重新加载'));
    expect(await screen.findByTestId('coupon-card')).toHaveTextContent('新人立减券');
    await waitFor(() => expect(listMock).toHaveBeenCalledTimes(2));
  });
});
