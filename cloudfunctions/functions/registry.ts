import type { FunctionName } from '../contracts/functions';
import type { FunctionHandler } from './define-function';
import { assistFunction } from './assist/handler';
import { bargainFunction } from './bargain/handler';
import { campaignFunction } from './campaign/handler';
import { circleFunction } from './circle/handler';
import { couponFunction } from './coupon/handler';
import { fcodeFunction } from './fcode/handler';
import { groupFunction } from './group/handler';
import { inviteFunction } from './invite/handler';
import { notifyFunction } from './notify/handler';
import { orderFunction } from './order/handler';
import { packetFunction } from './packet/handler';

/**
 * Every function shoppers and merchants call, by the name its contract gives it: the host
 * serves each at POST /api/<name>. The names come from `contracts/functions.ts`; a contract
 * without a handler here, or a handler without a contract, fails to compile. `push` (WeChat's
 * message push) is deployed too but is not here: it has no caller, and a request without a
 * persona header must never pass for WeChat. The host stands in for it at POST /dev/wechat-push.
 */
const HANDLERS = [
  campaignFunction,
  bargainFunction,
  assistFunction,
  couponFunction,
  inviteFunction,
  orderFunction,
  groupFunction,
  packetFunction,
  fcodeFunction,
  notifyFunction,
  circleFunction,
] as const;

export type { FunctionName };

type Handled = (typeof HANDLERS)[number]['functionName'];
/** Compiles only while every contract has its handler and every handler its contract. */
const everyContractHandled: [
  Exclude<FunctionName, Handled>,
  Exclude<Handled, FunctionName>,
] extends [never, never]
  ? true
  : never = true;
void everyContractHandled;

export const functionHandlers = Object.fromEntries(
  HANDLERS.map((handler) => [handler.functionName, handler]),
) as unknown as Record<FunctionName, FunctionHandler>;

export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(functionHandlers, name);
}
