import type { AutoPause } from '../contracts/notice';
import type { PushOutcome } from '../contracts/push';
import type { FunctionResult } from '../contracts/result';
import type { Deps } from '../usecases/deps';
import { pushFunction } from '../functions/push/handler';

/**
 * The local host's stand-in for WeChat's message push (`POST /dev/wechat-push` with the event
 * as WeChat would push it, e.g. a `wxa_punish_event`): it runs the very handler the `push`
 * cloud function runs, as WeChat, so a notice can be tried end to end here — recorded, the
 * campaigns paused by the setting, and shown on the stats page. WeChat cannot reach the local
 * host, and the WeChat entries have no such route.
 */
export function devWechatPush(
  event: unknown,
  deps: Deps,
  autoPause: AutoPause,
): Promise<FunctionResult<PushOutcome>> {
  return pushFunction(event, { from: 'wechat' }, deps, { autoPause });
}
