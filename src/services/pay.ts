import Taro from '@tarojs/taro';
import type { OrderReportResult } from '../../cloudfunctions/contracts/order';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { postAsPersona } from './call-function';

/** What the shopper is told where this build cannot take the payment itself. */
export const CHECKOUT_ELSEWHERE = '请在商家收银台完成支付';

/**
 * Pays the viewer's held seat in a group. Payment is WeChat Pay plus the merchant's checkout,
 * which reports the order (with the group) to the `order` function; this app never reports
 * its own orders. The H5 build plays that checkout through the local host's fake one; the
 * weapp build fakes nothing and sends the shopper to the merchant's checkout. Always resolves.
 */
export function payForGroup(
  campaignId: string,
  groupId: string,
  couponId: string | null = null,
): Promise<FunctionResult<OrderReportResult>> {
  // TARO_ENV is inlined at build time, so each bundle keeps only its own way to pay (see
  // callFunction for why this is not an async function).
  return process.env.TARO_ENV === 'weapp'
    ? checkoutElsewhere()
    : postAsPersona<OrderReportResult>('/dev/checkout', {
        campaignId,
        groupId,
        ...(couponId ? { couponId } : {}),
      });
}

async function checkoutElsewhere(): Promise<FunctionResult<OrderReportResult>> {
  try {
    await Taro.showModal({
      title: '去支付',
      content: CHECKOUT_ELSEWHERE,
      showCancel: false,
      confirmText: '知道了',
    });
  } catch {
    // A modal that could not open changes nothing: the page shows the same words.
  }
  return { ok: false, error: { code: 'UNAVAILABLE', message: CHECKOUT_ELSEWHERE } };
}

/**
 * Buys the campaign's product with the viewer's reserved F码: in H5 through the host's fake
 * checkout, which reports the order with the code (redeemed exactly once); in weapp at the
 * merchant's checkout. Always resolves.
 */
export function payWithFcode(
  campaignId: string,
  fcode: string,
): Promise<FunctionResult<OrderReportResult>> {
  return process.env.TARO_ENV === 'weapp'
    ? checkoutElsewhere()
    : postAsPersona<OrderReportResult>('/dev/checkout', { campaignId, fcode });
}
