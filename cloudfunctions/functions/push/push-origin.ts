/**
 * Who delivered a call of the `push` function, from the trusted context alone. Any shopper can
 * call any function of the environment with `wx.cloud.callFunction`, so the function must tell
 * WeChat's message push from a shopper sending a forged notice (one that would pause every
 * campaign). What WeChat documents for `cloud.getWXContext()`:
 * - a call from the mini-program always carries the caller's OPENID ("小程序端调用云函数时有")
 *   and SOURCE `wx_client` (`wx_devtools` from the IDE); SOURCE follows the chain of calls
 *   (`wx_client,scf` when a function the client called calls this one);
 * - a push has no caller. What its context holds is not documented: the customer-service
 *   example replies to `getWXContext().OPENID`, so a push may carry the openid of the push's
 *   sender (its FromUserName).
 * So a call is WeChat's push unless its SOURCE chain names a client, or it carries an OPENID
 * other than the event's own FromUserName. A shopper cannot pass: their call always says
 * `wx_client`, whatever the event claims.
 */
export interface PushContext {
  OPENID?: unknown;
  SOURCE?: unknown;
}

export type PushOrigin = { from: 'wechat' } | { from: 'client'; why: string };

const CLIENT_SOURCES = new Set(['wx_client', 'wx_devtools']);

export function pushOriginOf(context: PushContext, event: unknown): PushOrigin {
  const source = typeof context.SOURCE === 'string' ? context.SOURCE : '';
  const client = source
    .split(',')
    .map((s) => s.trim())
    .find((s) => CLIENT_SOURCES.has(s));
  if (client) return { from: 'client', why: `called from ${client}` };
  const openid =
    context.OPENID === undefined || context.OPENID === null || context.OPENID === ''
      ? null
      : String(context.OPENID);
  if (openid === null) return { from: 'wechat' };
  const sender =
    typeof event === 'object' && event !== null
      ? (event as Record<string, unknown>).FromUserName
      : undefined;
  return sender === openid ? { from: 'wechat' } : { from: 'client', why: 'called by a user' };
}
