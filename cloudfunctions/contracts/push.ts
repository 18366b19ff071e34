import * as z from 'zod';

/**
 * What WeChat's message push hands the `push` cloud function (云开发 → 设置 → 消息推送, mode
 * 云函数): the fields of the push as one JSON object, named as in the XML a push server gets.
 * Shoppers never send these; the function refuses a shopper's call before reading any of it.
 */

/**
 * A count of seconds or a type number. WeChat writes numbers in JSON mode; a string of digits
 * is taken too, since a relay converting the XML form would hand over text.
 */
const whole = z.preprocess(
  (value) => (typeof value === 'string' && /^\d{1,15}$/.test(value) ? Number(value) : value),
  z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
);

const text = (max: number) => z.string().max(max);

/** Any push: a message names its kind in MsgType, an event also in Event. */
export const pushEnvelopeSchema = z
  .object({
    ToUserName: text(128).optional(),
    FromUserName: text(128).optional(),
    CreateTime: whole.optional(),
    MsgType: text(64).optional(),
    Event: text(64).optional(),
  })
  .refine((e) => e.MsgType !== undefined || e.Event !== undefined, {
    message: 'a message push names its MsgType or its Event',
  });

export const PUNISH_EVENT = 'wxa_punish_event';

/**
 * 小程序违规处罚信息通知 (developers.weixin.qq.com/miniprogram/dev/server/event_push/platform/
 * Penalty_for_Violation). Only `punish_id` (the key that makes a re-push a no-op) and
 * `event_type` are required: a warning missing its rule link must still reach the merchant.
 * Keys WeChat adds later are kept in the raw event, not refused.
 */
export const punishEventSchema = z.object({
  ToUserName: text(128).optional(),
  FromUserName: text(128).optional(),
  CreateTime: whole.optional(),
  MsgType: text(64).optional(),
  Event: z.literal(PUNISH_EVENT),
  /** 1 警告, 2 功能封禁, 3 下架, 4 账号封禁, 10 页面封禁 (the third-party platform's copy of the doc). */
  event_type: whole,
  punish_id: z.union([
    z.string().trim().min(1).max(128),
    z.number().int().min(0).transform(String),
  ]),
  appid: text(64).optional(),
  punish_time: whole.optional(),
  illegal_reason: text(4000).optional(),
  illegal_content: text(20000).optional(),
  rule_name: text(1000).optional(),
  rule_url: text(2000).optional(),
  adjust_guide_url: text(2000).optional(),
  /** A JSON string whose shape depends on event_type; an object is taken as already parsed. */
  detail: z.union([text(20000), z.record(z.string(), z.unknown())]).optional(),
});

export type PunishEvent = z.output<typeof punishEventSchema>;

/** What the push function did with one push (the host's /dev/wechat-push shows it whole). */
export const pushOutcomeSchema = z.discriminatedUnion('handled', [
  z
    .object({
      handled: z.literal('ignored'),
      /** The MsgType/Event of a push Fission does not act on. */
      kind: z.string(),
    })
    .strict(),
  z
    .object({
      handled: z.literal('notice'),
      punishId: z.string(),
      /** WeChat pushed this notice before: nothing was recorded or paused again. */
      replayed: z.boolean(),
      /** The campaigns this notice paused when it was first recorded. */
      pausedCampaignIds: z.array(z.string()),
    })
    .strict(),
]);

export type PushOutcome = z.output<typeof pushOutcomeSchema>;
