import { couponActions, couponResults } from '../../contracts/coupon';
import { claimCoupon } from '../../usecases/coupon/claim-coupon';
import { listCoupons } from '../../usecases/coupon/list-coupons';
import { quoteCoupons } from '../../usecases/coupon/quote-coupons';
import { redeemCoupon } from '../../usecases/coupon/redeem-coupon';
import { defineAction, defineFunction } from '../define-function';

export const couponFunction = defineFunction('coupon', {
  list: defineAction({
    input: couponActions.list,
    output: couponResults.list,
    run: (_input, { caller, deps }) => listCoupons(caller, deps),
  }),
  claim: defineAction({
    input: couponActions.claim,
    output: couponResults.claim,
    run: (input, { caller, deps }) => claimCoupon(input, caller, deps),
  }),
  quote: defineAction({
    input: couponActions.quote,
    output: couponResults.quote,
    run: (input, { caller, deps }) => quoteCoupons(input, caller, deps),
  }),
  redeem: defineAction({
    input: couponActions.redeem,
    output: couponResults.redeem,
    role: 'merchant',
    run: (input, { deps }) => redeemCoupon(input, deps),
  }),
});
