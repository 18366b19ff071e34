import { circleContract } from '../../contracts/circle';
import { claimPostCoupon } from '../../usecases/circle/claim-post-coupon';
import { createPost } from '../../usecases/circle/create-post';
import { circleFeed, getPost, listMyPosts, searchPosts } from '../../usecases/circle/list-posts';
import { featurePost, removePost } from '../../usecases/circle/remove-post';
import { defineFunction } from '../define-function';

export const circleFunction = defineFunction(circleContract, {
  post: (input, { caller, deps }) => createPost(input, caller, deps),
  get: (input, { caller, deps }) => getPost(input, caller, deps),
  feed: (input, { caller, deps }) => circleFeed(input, caller, deps),
  search: (input, { caller, deps }) => searchPosts(input, caller, deps),
  claim: (input, { caller, deps }) => claimPostCoupon(input, caller, deps),
  remove: (input, { caller, deps }) => removePost(input, { by: 'poster' }, caller, deps),
  mine: (input, { caller, deps }) => listMyPosts(input, caller, deps),
  hide: (input, { caller, deps }) =>
    removePost(input, { by: 'merchant', reason: input.reason }, caller, deps),
  feature: (input, { caller, deps }) => featurePost(input, caller, deps),
});
