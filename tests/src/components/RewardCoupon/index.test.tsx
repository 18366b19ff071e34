import { fireEvent, render, screen } from '@testing-library/react';
import Taro from '@tarojs/taro';
import { RewardCoupon } from '../../../../src/components/RewardCoupon';
import { aCouponView } from '../../../support/ui/coupon-builders';

describe('RewardCoupon: the coupon as issued, and the way to use it', () => {
  test('amount, title, threshold, expiry in China time; 去使用 opens the wallet', () => {
    render(
      <RewardCoupon
        coupon={aCouponView({
          title: '保温杯砍价券',
          valueFen: 9800,
          minSpendFen: 9900,
          expiresAt: '2026-11-30T08:00:00.000Z',
        })}
      />,
    );

    const coupon = screen.getByTestId('reward-coupon');
    expect(coupon).toHaveTextContent('¥98');
    expect(coupon).toHaveTextContent('保温杯砍价券');
    expect(coupon).toHaveTextContent('满¥99可用');
    expect(coupon).toHaveTextContent('11-30 16:00 前有效');
    fireEvent.click(screen.getByTestId('reward-coupon-use'));
    expect(Taro.navigateTo).toHaveBeenCalledWith({ url: '/pages/coupons/index' });
  });

  test('a percent-off coupon without a threshold', () => {
    render(
      <RewardCoupon coupon={aCouponView({ valueFen: null, percentOff: 20, minSpendFen: 0 })} />,
    );

    expect(screen.getByTestId('reward-coupon')).toHaveTextContent('8折');
    expect(screen.getByTestId('reward-coupon')).toHaveTextContent('无门槛');
  });

  test.each([
    { status: 'redeemed' as const, text: '已使用' },
    { status: 'expired' as const, text: '已过期' },
    { status: 'voided' as const, text: '已失效' },
  ])('$status: says so, and offers no 去使用', ({ status, text }) => {
    render(<RewardCoupon coupon={aCouponView({ status })} />);

    expect(screen.getByTestId('reward-coupon')).toHaveTextContent(text);
    expect(screen.queryByTestId('reward-coupon-use')).not.toBeInTheDocument();
  });
});
