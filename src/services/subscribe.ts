import Taro from '@tarojs/taro';

/**
 * The subscribe-message template ("好友帮你砍价/助力时通知我") from the mini-program admin
 * console (功能 → 订阅消息), set at build time as TARO_APP_SUBSCRIBE_TEMPLATE_ID. Empty until
 * the merchant has one: the button then stays hidden rather than asking for a permission
 * nothing would use.
 */
export const SUBSCRIBE_TEMPLATE_ID = process.env.TARO_APP_SUBSCRIBE_TEMPLATE_ID ?? '';

export type SubscribeOutcome = 'accept' | 'reject' | 'failed';

/**
 * Asks WeChat for one notification. WeChat allows the prompt only inside a tap handler, and
 * one acceptance allows one message, so callers ask on every tap, never on load.
 */
export async function requestHelpNotice(templateId: string): Promise<SubscribeOutcome> {
  try {
    // Taro's typings demand Alipay's `entityIds` too; WeChat takes `tmplIds` alone.
    const option = { tmplIds: [templateId] } as unknown as Taro.requestSubscribeMessage.Option;
    const result = (await Taro.requestSubscribeMessage(option)) as Record<string, unknown>;
    return result[templateId] === 'accept' ? 'accept' : 'reject';
  } catch {
    return 'failed';
  }
}
