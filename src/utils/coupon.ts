import type { CouponTemplateConfig } from '../../cloudfunctions/contracts/campaign-config';
import { formatFen } from './money';

type CouponTerms = Pick<CouponTemplateConfig, 'valueFen' | 'percentOff' | 'minSpendFen'>;

/** The headline value of a coupon: '¥10' off, or a discount in 折 (20% off → '8折'). */
export function formatCouponValue(coupon: CouponTerms): string {
  if (coupon.valueFen !== undefined) return formatFen(coupon.valueFen);
  // Shoppers read discounts as the share they pay, in tenths: 15% off is 8.5折.
  const tenths = (100 - (coupon.percentOff ?? 0)) / 10;
  return `${tenths}折`;
}

export function formatCouponThreshold(coupon: CouponTerms): string {
  return coupon.minSpendFen > 0 ? `满${formatFen(coupon.minSpendFen)}可用` : '无门槛';
}
