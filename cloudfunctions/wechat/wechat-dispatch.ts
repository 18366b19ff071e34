import * as cloud from 'wx-server-sdk';
import { dispatchOnce } from '../usecases/notify/dispatch-outbox';
import { postWebhook } from '../usecases/notify/senders';
import { sweepDue } from '../usecases/notify/sweep-due';
import { deps, initCloud, wechatSubscribe } from './wechat-main';

/**
 * The timer-triggered dispatcher (config.json `triggers`): WeChat runs it every minute with
 * `{ Type: 'Timer' }`. Each run settles what came due (lapsed assists, groups past their
 * deadline, F码 to move: their events join the outbox), then delivers the outbox. A shopper's
 * callFunction carries an OPENID and is refused: telling is the server's business.
 */
export const dispatchMain = async (event: unknown) => {
  initCloud();
  if (cloud.getWXContext().OPENID)
    return { ok: false, error: { code: 'FORBIDDEN', message: 'dispatch runs on its timer only' } };
  const trigger = (event as { Type?: unknown } | null)?.Type;
  const now = deps.clock();
  await sweepDue(deps.store, now);
  const pass = await dispatchOnce({
    store: deps.store,
    clock: deps.clock,
    settings: deps.notify!,
    senders: { subscribe: wechatSubscribe, webhook: postWebhook },
  });
  return { ok: true, data: { trigger: typeof trigger === 'string' ? trigger : null, ...pass } };
};
