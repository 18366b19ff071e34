// Builders for WeChat's message push, shaped as the doc of 小程序违规处罚信息通知 shows them.

let seq = 0;

/** Unix seconds of an ISO instant, as WeChat writes punish_time and rectify_deadline. */
export const unixSeconds = (iso: string) => Math.floor(Date.parse(iso) / 1000);

/** A 功能封禁 (event_type 2): 分享 banned for 7 days; override what a test is about. */
export function aPunishEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  seq += 1;
  return {
    ToUserName: 'gh_0123456789ab',
    FromUserName: 'o_wechat_platform',
    CreateTime: unixSeconds('2026-03-01T10:05:00+08:00'),
    MsgType: 'event',
    Event: 'wxa_punish_event',
    event_type: 2,
    punish_id: `punish-${process.pid}-${seq}`,
    appid: 'wx0123456789abcdef',
    punish_time: unixSeconds('2026-03-01T10:00:00+08:00'),
    illegal_reason: '诱导分享',
    illegal_content: '分享到3个群即可领取',
    rule_name: '《微信小程序平台运营规范》5.1 诱导分享',
    rule_url: 'https://developers.weixin.qq.com/miniprogram/product/#_5-1',
    adjust_guide_url: 'https://developers.weixin.qq.com/miniprogram/product/guide',
    detail: JSON.stringify({ banned_function_names: ['分享'], banned_days: [7] }),
    ...overrides,
  };
}

/** A 警告 (event_type 1) of a function ban, to rectify by 2026-03-08 10:00 (China time). */
export function aWarningEvent(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return aPunishEvent({
    event_type: 1,
    detail: JSON.stringify({
      warned_type: 2,
      rectify_deadline: unixSeconds('2026-03-08T10:00:00+08:00'),
      warned_function_names: ['分享', '搜索'],
      warned_ban_days: [7, 30],
    }),
    ...overrides,
  });
}
