import { Text, View } from '@tarojs/components';
import type { CouponView } from '../../../../../cloudfunctions/contracts/coupon';
import { formatCouponThreshold, formatCouponValue } from '../../../../utils/coupon';
import { REASON_LABEL, STATUS_STAMP, formatExpiry } from '../../wallet';
import './index.scss';

export interface CouponCardProps {
  coupon: CouponView;
}

export function CouponCard({ coupon }: CouponCardProps) {
  // The view uses null for "not this kind of coupon"; the formatters take undefined.
  const terms = {
    valueFen: coupon.valueFen ?? undefined,
    percentOff: coupon.percentOff ?? undefined,
    minSpendFen: coupon.minSpendFen,
  };
  const value = formatCouponValue(terms);
  const stamp = STATUS_STAMP[coupon.status];

  return (
    <View
      className={`coupon-card${stamp ? ' coupon-card--inactive' : ''}`}
      data-testid="coupon-card"
    >
      <View className="coupon-card__value">
        {value.startsWith('¥') ? (
          <Text className="coupon-card__amount">
            <Text className="coupon-card__currency">¥</Text>
            {value.slice(1)}
          </Text>
        ) : (
          <Text className="coupon-card__amount">{value}</Text>
        )}
        <Text className="coupon-card__threshold">{formatCouponThreshold(terms)}</Text>
      </View>
      <View className="coupon-card__body">
        <Text className="coupon-card__title">{coupon.title}</Text>
        <Text className="coupon-card__expiry">{formatExpiry(coupon.expiresAt)}</Text>
        <Text className="coupon-card__source">{REASON_LABEL[coupon.reason]}</Text>
      </View>
      {stamp && (
        <Text className="coupon-card__stamp" data-testid="coupon-stamp">
          {stamp}
        </Text>
      )}
    </View>
  );
}
