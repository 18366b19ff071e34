import type { AutoPause } from '../../contracts/notice';
import {
  PUNISH_EVENT,
  punishEventSchema,
  pushEnvelopeSchema,
  type PushOutcome,
} from '../../contracts/push';
import { fail, ok, type FunctionResult } from '../../contracts/result';
import { recordNotice } from '../../usecases/notice/record-notice';
import { badTextMessage, findBadText } from '../bad-text';
import type { Deps } from '../../usecases/deps';
import { describeIssues, failureOf } from '../define-function';
import type { PushOrigin } from './push-origin';

export interface PushSettings {
  autoPause: AutoPause;
}

/**
 * The message-push function: WeChat's events in, what was done with each out. It differs
 * from every other function: it has no actions and no caller (WeChat is not a shopper), so it
 * is not in the registry the host serves at /api/<name>; the WeChat entry decides the origin
 * from the trusted context, the host's /dev/wechat-push stands in for WeChat.
 */
export type PushHandler = (
  event: unknown,
  origin: PushOrigin,
  deps: Deps,
  settings: PushSettings,
) => Promise<FunctionResult<PushOutcome>>;

/**
 * A violation notice is recorded once (and may pause every live campaign, by the setting);
 * any other push is acknowledged and left alone, so subscribing the function to more events
 * later breaks nothing. Bad input answers a typed error and changes nothing; nothing throws.
 */
export const pushFunction: PushHandler = async (event, origin, deps, { autoPause }) => {
  try {
    if (origin.from !== 'wechat') {
      return fail({
        code: 'FORBIDDEN',
        message: `push takes WeChat's message push only (${origin.why})`,
      });
    }
    if (typeof event !== 'object' || event === null || Array.isArray(event)) {
      return fail({ code: 'INVALID_INPUT', message: 'a message push is an object' });
    }
    const bad = findBadText(event, '');
    if (bad !== null) return fail({ code: 'INVALID_INPUT', message: badTextMessage(bad) });
    const envelope = pushEnvelopeSchema.safeParse(event);
    if (!envelope.success) {
      return fail({ code: 'INVALID_INPUT', message: describeIssues(envelope.error) });
    }
    if (envelope.data.Event !== PUNISH_EVENT) {
      const kind = [envelope.data.MsgType, envelope.data.Event].filter(Boolean).join('/');
      return ok({ handled: 'ignored', kind: kind.slice(0, 130) });
    }
    const notice = punishEventSchema.safeParse(event);
    if (!notice.success) {
      return fail({ code: 'INVALID_INPUT', message: describeIssues(notice.error) });
    }
    const recorded = await recordNotice(
      { event: notice.data, raw: event as Record<string, unknown>, autoPause },
      deps,
    );
    return ok({ handled: 'notice', ...recorded });
  } catch (error) {
    return failureOf('push', error);
  }
};
