// Builders for coupons as `coupon.list` answers them.
import type { CouponView } from '../../../cloudfunctions/contracts/coupon';

let serial = 0;

export function aCouponView(overrides: Partial<CouponView> = {}): CouponView {
  serial += 1;
  return {
    id: `cpn_${String(serial).padStart(16, '0')}`,
    templateId: 'welcome-10',
    title: '新人立减券',
    valueFen: 1000,
    percentOff: null,
    minSpendFen: 5000,
    productId: null,
    reason: 'claim',
    status: 'issued',
    issuedAt: '2026-11-23T08:00:00.000Z',
    startsAt: '2026-11-23T08:00:00.000Z',
    expiresAt: '2026-11-30T08:00:00.000Z',
    redeemedAt: null,
    ...overrides,
  };
}
