import { circleActions, circleResults } from '../../contracts/circle';
import { claimPostCoupon } from '../../usecases/circle/claim-post-coupon';
import { createPost } from '../../usecases/circle/create-post';
import { circleFeed, getPost, listMyPosts, searchPosts } from '../../usecases/circle/list-posts';
import { featurePost, removePost } from '../../usecases/circle/remove-post';
import { defineAction, defineFunction } from '../define-function';

export const circleFunction = defineFunction('circle', {
  post: defineAction({
    input: circleActions.post,
    output: circleResults.post,
    run: (input, { caller, deps }) => createPost(input, caller, deps),
  }),
  get: defineAction({
    input: circleActions.get,
    output: circleResults.get,
    run: (input, { caller, deps }) => getPost(input, caller, deps),
  }),
  feed: defineAction({
    input: circleActions.feed,
    output: circleResults.feed,
    run: (input, { caller, deps }) => circleFeed(input, caller, deps),
  }),
  search: defineAction({
    input: circleActions.search,
    output: circleResults.search,
    run: (input, { caller, deps }) => searchPosts(input, caller, deps),
  }),
  claim: defineAction({
    input: circleActions.claim,
    output: circleResults.claim,
    run: (input, { caller, deps }) => claimPostCoupon(input, caller, deps),
  }),
  remove: defineAction({
    input: circleActions.remove,
    output: circleResults.remove,
    run: (input, { caller, deps }) => removePost(input, { by: 'poster' }, caller, deps),
  }),
  mine: defineAction({
    input: circleActions.mine,
    output: circleResults.mine,
    run: (input, { caller, deps }) => listMyPosts(input, caller, deps),
  }),
  hide: defineAction({
    input: circleActions.hide,
    output: circleResults.hide,
    role: 'merchant',
    run: (input, { caller, deps }) =>
      removePost(input, { by: 'merchant', reason: input.reason }, caller, deps),
  }),
  feature: defineAction({
    input: circleActions.feature,
    output: circleResults.feature,
    role: 'merchant',
    run: (input, { caller, deps }) => featurePost(input, caller, deps),
  }),
});
