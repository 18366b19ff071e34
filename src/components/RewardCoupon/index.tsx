import { Button, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { CouponView } from '../../../cloudfunctions/contracts/coupon';
import { formatChinaTime } from '../../utils/china-time';
import { formatCouponThreshold, formatCouponValue } from '../../utils/coupon';
import { pageUrl } from '../../utils/routes';
import './index.scss';

export interface RewardCouponProps {
  coupon: CouponView;
  /** Show the "去使用" button that opens the wallet. */
  showUse?: boolean;
}

const STATUS_TEXT: Record<CouponView['status'], string | null> = {
  issued: null,
  redeemed: '已使用',
  expired: '已过期',
  voided: '已失效',
};

/** A coupon as the server issued it; the view carries null where the config had no value. */
export function RewardCoupon({ coupon, showUse = true }: RewardCouponProps) {
  const terms = {
    valueFen: coupon.valueFen ?? undefined,
    percentOff: coupon.percentOff ?? undefined,
    minSpendFen: coupon.minSpendFen,
  };
  const status = STATUS_TEXT[coupon.status];
  return (
    <View className="reward-coupon" data-testid="reward-coupon">
      <View className="reward-coupon__ticket">
        <Text className="reward-coupon__value">{formatCouponValue(terms)}</Text>
        <View className="reward-coupon__body">
          <Text className="reward-coupon__title">{coupon.title}</Text>
          <Text className="reward-coupon__terms">{formatCouponThreshold(terms)}</Text>
          <Text className="reward-coupon__terms">
            {status ?? `${formatChinaTime(coupon.expiresAt)} 前有效`}
          </Text>
        </View>
      </View>
      {showUse && coupon.status === 'issued' && (
        <Button
          className="reward-coupon__use"
          data-testid="reward-coupon-use"
          onClick={() => void Taro.navigateTo({ url: pageUrl('coupons') })}
        >
          去使用
        </Button>
      )}
    </View>
  );
}
