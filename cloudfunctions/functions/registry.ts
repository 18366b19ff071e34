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
 * Every function shoppers and merchants call, by name: the host serves each at POST
 * /api/<name>. `push` (WeChat's message push) is deployed too but is not here: it has no
 * caller, and a request without a persona header must never pass for WeChat. The host
 * stands in for the push at POST /dev/wechat-push.
 */
export const functionHandlers = {
  campaign: campaignFunction,
  bargain: bargainFunction,
  assist: assistFunction,
  coupon: couponFunction,
  invite: inviteFunction,
  order: orderFunction,
  group: groupFunction,
  packet: packetFunction,
  fcode: fcodeFunction,
  notify: notifyFunction,
  circle: circleFunction,
} satisfies Record<string, FunctionHandler>;

export type FunctionName = keyof typeof functionHandlers;

export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(functionHandlers, name);
}
