import type { OrderReportResult } from '../../../cloudfunctions/contracts/order';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';

/** A function call refused by the host, with its typed error code. */
export class HostCallError extends Error {
  constructor(
    readonly route: string,
    readonly code: string,
    message: string,
  ) {
    super(`${route} refused: ${code} ${message}`);
  }
}

/**
 * Calls one cloud function through the local host as `persona`, the way the H5 app does,
 * and returns its data; a refusal throws, since every call a preview makes should succeed.
 */
export async function callHost<T>(
  hostUrl: string,
  name: string,
  event: { action: string; [param: string]: unknown },
  persona: string,
): Promise<T> {
  const route = `${name}.${event.action}`;
  const response = await fetch(`${hostUrl}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-fission-openid': persona },
    body: JSON.stringify(event),
  });
  const result = (await response.json()) as FunctionResult<T>;
  if (!result.ok) throw new HostCallError(route, result.error.code, result.error.message);
  return result.data;
}

/**
 * Pays as `persona` through the local host's stand-in for WeChat Pay (POST /dev/checkout,
 * cloudfunctions/host/dev-checkout.ts): the host reports the order as the merchant would, with
 * the group seat or the coupon it names. A refusal throws, as for any call of a preview.
 */
export async function devCheckout(
  hostUrl: string,
  body: { campaignId: string; groupId?: string; couponId?: string },
  persona: string,
): Promise<OrderReportResult> {
  const response = await fetch(`${hostUrl}/dev/checkout`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-fission-openid': persona },
    body: JSON.stringify(body),
  });
  const result = (await response.json()) as FunctionResult<OrderReportResult>;
  if (!result.ok) {
    throw new HostCallError('dev checkout', result.error.code, result.error.message);
  }
  return result.data;
}
