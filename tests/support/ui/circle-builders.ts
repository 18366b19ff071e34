// Builders for circle posts as the `circle` function answers them.
import type { CirclePage, CirclePostView } from '../../../cloudfunctions/contracts/circle';
import type { CouponView } from '../../../cloudfunctions/contracts/coupon';
import { aCouponView } from './coupon-builders';

let seq = 0;
export const postId = (n: number) => `pst_${String(n).padStart(16, '0')}`;

/** A friend's post with five 满 50 减 10 coupons, four left, that the viewer may claim. */
export function aPostView(overrides: Partial<CirclePostView> = {}): CirclePostView {
  seq += 1;
  return {
    id: postId(seq),
    campaignId: 'demo-circle',
    productId: 'cup-316',
    productName: '316 不锈钢真空保温杯',
    posterName: '王*',
    words: '保温效果很好，早上装的开水晚上还烫嘴。',
    rating: 5,
    photoUrl: null,
    orderedAt: '2026-11-20T02:00:00.000Z',
    createdAt: '2026-11-21T02:00:00.000Z',
    status: 'shown',
    hiddenReason: null,
    featured: false,
    connection: { kind: 'i_helped', words: '你帮 TA 砍过价' },
    coupon: {
      title: '好友专享',
      valueFen: 1000,
      percentOff: null,
      minSpendFen: 5000,
      pool: 5,
      left: 4,
    },
    viewer: { isPoster: false, coupon: null, canClaim: true, claimRefusal: null },
    posterStats: null,
    ...overrides,
  };
}

export const aPage = (posts: CirclePostView[], nextCursor: string | null = null): CirclePage => ({
  posts,
  nextCursor,
});

export function aCircleCoupon(overrides: Partial<CouponView> = {}): CouponView {
  return aCouponView({
    templateId: 'demo-circle-friend',
    title: '好友专享',
    valueFen: 1000,
    minSpendFen: 5000,
    reason: 'circle',
    ...overrides,
  });
}
