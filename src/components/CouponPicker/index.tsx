import { Text, View } from '@tarojs/components';
import type { CouponQuote } from '../../../cloudfunctions/contracts/coupon';
import { formatCouponRefusal, formatCouponValue } from '../../utils/coupon';
import { formatFen } from '../../utils/money';
import './index.scss';

export interface CouponPickerProps {
  quotes: CouponQuote[];
  selectedId: string | null;
  onSelect: (couponId: string | null) => void;
}

const valueOf = (q: CouponQuote) =>
  formatCouponValue({
    valueFen: q.coupon.valueFen ?? undefined,
    percentOff: q.coupon.percentOff ?? undefined,
    minSpendFen: q.coupon.minSpendFen,
  });

/**
 * A checkout's coupons for this basket: the usable ones first, the best one chosen, each with
 * what it takes off; the others greyed with the reason ("还差 ¥12 可用"). Tapping the chosen
 * one again pays without a coupon.
 */
export function CouponPicker({ quotes, selectedId, onSelect }: CouponPickerProps) {
  if (quotes.length === 0) return null;
  return (
    <View className="coupon-picker" data-testid="coupon-picker">
      <Text className="coupon-picker__title">优惠券</Text>
      {quotes.map((q) => {
        const chosen = q.usable && q.coupon.id === selectedId;
        return (
          <View
            key={q.coupon.id}
            className={`coupon-picker__row${q.usable ? '' : ' is-unusable'}${chosen ? ' is-chosen' : ''}`}
            data-testid="coupon-picker-row"
            data-coupon-id={q.coupon.id}
            onClick={() => q.usable && onSelect(chosen ? null : q.coupon.id)}
          >
            <Text className="coupon-picker__value">{valueOf(q)}</Text>
            <Text className="coupon-picker__name">{q.coupon.title}</Text>
            <Text className="coupon-picker__note">
              {q.usable ? `立减 ${formatFen(q.discountFen)}` : formatCouponRefusal(q.refusal)}
            </Text>
            {q.usable && <Text className="coupon-picker__mark">{chosen ? '已选' : '选择'}</Text>}
          </View>
        );
      })}
    </View>
  );
}
