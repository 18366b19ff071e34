import { couponContract } from '../../contracts/coupon';
import { claimCoupon } from '../../usecases/coupon/claim-coupon';
import { listCoupons } from '../../usecases/coupon/list-coupons';
import { quoteCoupons } from '../../usecases/coupon/quote-coupons';
import { redeemCoupon } from '../../usecases/coupon/redeem-coupon';
import { defineFunction } from '../define-function';

export const couponFunction = defineFunction(couponContract, {
  list: (_input, { caller, deps }) => listCoupons(caller, deps),
  claim: (input, { caller, deps }) => claimCoupon(input, caller, deps),
  quote: (input, { caller, deps }) => quoteCoupons(input, caller, deps),
  redeem: (input, { deps }) => redeemCoupon(input, deps),
});
