import type {
  CircleClaimResult,
  CircleMineResult,
  CirclePage,
  CirclePostResult,
  CirclePostView,
} from '../../cloudfunctions/contracts/circle';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { call } from './call-function';

/** The caller's circle: connected people's posts first, then featured; `cursor` pages on. */
export const circleFeed = (cursor?: string): Promise<FunctionResult<CirclePage>> =>
  call('circle', 'feed', { ...(cursor ? { cursor } : {}) });

export const searchCircle = (query: string, cursor?: string): Promise<FunctionResult<CirclePage>> =>
  call('circle', 'search', { query, ...(cursor ? { cursor } : {}) });

export const getCirclePost = (postId: string): Promise<FunctionResult<{ post: CirclePostView }>> =>
  call('circle', 'get', { postId });

/** A repeated claim answers the first coupon (`replayed`), never a second one. */
export const claimCircleCoupon = (postId: string): Promise<FunctionResult<CircleClaimResult>> =>
  call('circle', 'claim', { postId });

/** One post per order: posting again answers the first post (`created: false`). */
export const postToCircle = (input: {
  orderId: string;
  words: string;
  rating?: number;
  photoUrl?: string;
}): Promise<FunctionResult<CirclePostResult>> => call('circle', 'post', { ...input });

export const removeCirclePost = (
  postId: string,
): Promise<FunctionResult<{ post: CirclePostView }>> => call('circle', 'remove', { postId });

export const myCircle = (): Promise<FunctionResult<CircleMineResult>> => call('circle', 'mine', {});
