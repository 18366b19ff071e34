import Taro from '@tarojs/taro';
import type { SubscriptionTargetInput } from '../../cloudfunctions/contracts/notify';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { call } from './call-function';

/**
 * The subscribe-message template ("好友帮你砍价/助力时通知我") from the mini-program admin
 * console (功能 → 订阅消息), set at build time as TARO_APP_SUBSCRIBE_TEMPLATE_ID; the server
 * sends with the same id (FISSION_SUBSCRIBE_TEMPLATE_ID). In the weapp, empty until the
 * merchant has one: the button then stays hidden rather than asking for a permission nothing
 * would use. The H5 app runs only on the local host, whose dispatcher keeps the messages it
 * would send (GET /dev/messages), with the local template id.
 */
export const subscribeTemplateId = (): string =>
  process.env.TARO_APP_SUBSCRIBE_TEMPLATE_ID ||
  (process.env.TARO_ENV === 'h5' ? 'dev-help-notice' : '');

/** Whether a grant comes from WeChat's prompt, or from the local host's stand-in for it. */
export const subscribeIsSimulated = (): boolean => process.env.TARO_ENV !== 'weapp';

export type SubscribeOutcome = 'accept' | 'reject' | 'failed';

/**
 * Asks WeChat for one notification. WeChat allows the prompt only inside a tap handler, and
 * one acceptance allows one message, so callers ask on every tap, never on load.
 */
async function askWeChat(templateId: string): Promise<SubscribeOutcome> {
  try {
    // Taro's typings demand Alipay's `entityIds` too; WeChat takes `tmplIds` alone.
    const option = { tmplIds: [templateId] } as unknown as Taro.requestSubscribeMessage.Option;
    const result = (await Taro.requestSubscribeMessage(option)) as Record<string, unknown>;
    return result[templateId] === 'accept' ? 'accept' : 'reject';
  } catch {
    return 'failed';
  }
}

export const recordSubscription = (
  templateId: string,
  target: SubscriptionTargetInput,
): Promise<FunctionResult<{ unspent: number }>> =>
  call('notify', 'subscribe', { templateId, target });

/**
 * One tap, one grant: WeChat's prompt (the local host's stand-in on H5), then the grant is
 * recorded with the server, which may spend it on one message about `target`. A grant the
 * server could not record is reported as failed: nothing would be sent.
 */
export async function requestNotice(
  templateId: string,
  target: SubscriptionTargetInput,
): Promise<SubscribeOutcome> {
  const outcome = subscribeIsSimulated() ? 'accept' : await askWeChat(templateId);
  if (outcome !== 'accept') return outcome;
  const recorded = await recordSubscription(templateId, target);
  return recorded.ok ? 'accept' : 'failed';
}
