import type { CirclePostView } from '../../../cloudfunctions/contracts/circle';
import { formatChinaTime } from '../../utils/china-time';
import { formatCouponThreshold, formatCouponValue } from '../../utils/coupon';
import { pageUrl } from '../../utils/routes';

/** 「好友专享 满¥50可用 减¥10，还剩 4 张」: the pool as the server counts it now. */
export function couponLine(post: CirclePostView): string {
  const terms = {
    valueFen: post.coupon.valueFen ?? undefined,
    percentOff: post.coupon.percentOff ?? undefined,
    minSpendFen: post.coupon.minSpendFen,
  };
  const value =
    post.coupon.valueFen !== null ? `减${formatCouponValue(terms)}` : formatCouponValue(terms);
  return `${post.coupon.title} ${formatCouponThreshold(terms)} ${value}，还剩 ${post.coupon.left} 张`;
}

/** 「已购 03-01」: the order's date in China time. */
export function boughtLine(post: CirclePostView): string {
  return `已购 ${formatChinaTime(post.orderedAt).slice(0, 5)}`;
}

/** The 「问问 TA」 card: addressed back to the poster, landing on the post. */
export function askCard(post: CirclePostView): { title: string; path: string } {
  return {
    title: `我看到你推荐的${post.productName}，好用吗？`,
    path: pageUrl('circle', { postId: post.id, ask: '1' }),
  };
}

export const stars = (rating: number) => '★'.repeat(rating) + '☆'.repeat(5 - rating);
