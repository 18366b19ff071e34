import * as z from 'zod';
import { campaignId } from '../contracts/campaign-config';
import { couponId } from '../contracts/coupon';
import { AppError } from '../contracts/errors';
import { groupId } from '../contracts/group';
import type { OrderReportResult } from '../contracts/order';
import type { FunctionResult } from '../contracts/result';
import type { Caller, Deps } from '../usecases/deps';
import { orderFunction } from '../functions/order/handler';
import { fcodePriceFen, needsCodeAt } from '../domain/fcode/decide-fcode';
import { findCampaign } from '../usecases/campaign/find-campaign';

export const devCheckoutInput = z
  .object({
    campaignId,
    groupId: groupId.optional(),
    couponId: couponId.optional(),
    /** An F码 reserved for the persona: the order pays the code's price and redeems it. */
    fcode: z.string().min(1).max(24).optional(),
  })
  .strict();

/**
 * The local host's stand-in for WeChat Pay and the merchant's payment callback, which cannot
 * be reached here: the persona "pays" the campaign's price (the group price for a group seat)
 * at once, and the order is reported exactly as a merchant's checkout would report it, through
 * `order.report` with the merchant's role. The WeChat entries have no such route.
 */
export async function devCheckout(
  body: unknown,
  caller: Caller | null,
  merchantOpenid: string,
  deps: Deps,
): Promise<FunctionResult<OrderReportResult>> {
  if (!caller) {
    return { ok: false, error: { code: 'UNAUTHENTICATED', message: 'no persona header' } };
  }
  const parsed = devCheckoutInput.safeParse(body);
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: parsed.error.message.slice(0, 300) },
    };
  }
  let amountFen: number;
  let productId: string | undefined;
  try {
    const { config } = await findCampaign(deps.store, parsed.data.campaignId);
    if (!config.product) throw new AppError('INVALID_INPUT', 'the campaign sells no product');
    productId = config.product.id;
    amountFen =
      config.kind === 'group' && parsed.data.groupId
        ? config.group.groupPriceFen
        : config.product.priceFen;
    if (config.kind === 'fcode') {
      if (parsed.data.fcode) amountFen = fcodePriceFen(config);
      else if (needsCodeAt(config.fcode.grant, deps.clock()))
        throw new AppError('NOT_LIVE', 'before open sale only an F码 buys this product');
    }
  } catch (error) {
    if (error instanceof AppError)
      return { ok: false, error: { code: error.code, message: error.message } };
    throw error;
  }
  return (await orderFunction(
    {
      action: 'report',
      orderId: `dev-${globalThis.crypto.randomUUID()}`,
      buyerOpenid: caller.openid,
      amountFen,
      campaignId: parsed.data.campaignId,
      productId,
      ...(parsed.data.groupId ? { groupId: parsed.data.groupId } : {}),
      ...(parsed.data.couponId ? { couponId: parsed.data.couponId } : {}),
      ...(parsed.data.fcode ? { fcode: parsed.data.fcode } : {}),
    },
    { openid: merchantOpenid, role: 'merchant' },
    deps,
  )) as FunctionResult<OrderReportResult>;
}
