import type { CouponTemplateConfig } from '../../cloudfunctions/contracts/campaign-config';
import type { CouponRefusalView } from '../../cloudfunctions/contracts/coupon';
import { formatChinaTime } from './china-time';
import { formatFen } from './money';

type CouponTerms = Pick<CouponTemplateConfig, 'valueFen' | 'percentOff' | 'minSpendFen'>;

/** The headline value of a coupon: '¥10' off, or a discount in 折 (20% off → '8折'). */
export function formatCouponValue(coupon: CouponTerms): string {
  if (coupon.valueFen !== undefined) return formatFen(coupon.valueFen);
  const percentOff = coupon.percentOff ?? 0;
  // Shoppers read discounts as the share they pay, in tenths: 15% off is 8.5折. Below 1折
  // (91 % off and more) 0.1折 reads as a typo or a trick: say what comes off instead.
  const tenths = (100 - percentOff) / 10;
  return tenths < 1 ? `减${percentOff}%` : `${tenths}折`;
}

/** A coupon named by its value: '¥3 券', with the thin space every page puts before 券. */
export function formatCouponName(coupon: CouponTerms): string {
  return `${formatCouponValue(coupon)}\u2009券`;
}

export function formatCouponThreshold(coupon: CouponTerms): string {
  return coupon.minSpendFen > 0 ? `满${formatFen(coupon.minSpendFen)}可用` : '无门槛';
}

/** Why a coupon does not apply to this basket, in the words a checkout shows beside it. */
export function formatCouponRefusal(refusal: CouponRefusalView): string {
  switch (refusal.code) {
    case 'MIN_SPEND_NOT_MET':
      return `还差 ${formatFen(refusal.shortfallFen)} 可用`;
    case 'COUPON_NOT_APPLICABLE':
      return refusal.reason === 'product' ? '不适用于本商品' : '不可用';
    case 'COUPON_NOT_STARTED':
      return `${formatChinaTime(refusal.startsAt)} 起可用`;
    case 'COUPON_EXPIRED':
      return '已过期';
    case 'ALREADY_REDEEMED':
      return '已使用';
    case 'COUPON_NOT_USABLE':
      return '已失效';
  }
}
