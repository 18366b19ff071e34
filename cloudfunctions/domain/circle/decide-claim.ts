import type { PostStatus } from '../../contracts/circle';

export type { PostStatus };

export type CircleClaimRefusal = 'NOT_FOUND' | 'SELF_CLAIM' | 'POOL_EMPTY';

export interface CircleClaimFacts {
  status: PostStatus;
  isPoster: boolean;
  pool: number;
  claimed: number;
}

/**
 * Why the viewer may not claim a friend coupon from the post, or null when they may. A removed
 * post is as unknown to friends as one that never was; the poster vouches for the product, so
 * their own pool is not for them. Someone who already claimed is answered with their coupon
 * before these rules are asked. A post's pool was reserved when it was made, so it stays
 * claimable after the campaign is paused or ended: a shown coupon is a promise.
 */
export function circleClaimRefusal(f: CircleClaimFacts): CircleClaimRefusal | null {
  if (f.status !== 'shown') return 'NOT_FOUND';
  if (f.isPoster) return 'SELF_CLAIM';
  if (f.claimed >= f.pool) return 'POOL_EMPTY';
  return null;
}
