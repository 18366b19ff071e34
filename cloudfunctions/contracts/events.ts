import * as z from 'zod';

/**
 * Every event Fission tells: written to the outbox in the transaction that caused it, then
 * sent as a subscribe message to the person it concerns (when they granted one) and as a
 * webhook to each merchant endpoint that wants its type. The `data` of a webhook body is the
 * payload below, exactly; adding a field is compatible, renaming one is a new type.
 */
const openid = z.string().min(1).max(64);
const id = z.string().min(1).max(80);
const fen = z.number().int();
const iso = z.string().datetime({ offset: true });

export const eventPayloads = {
  /** A friend helped a bargain that is still short of its floor. */
  'bargain.helped': z
    .object({
      campaignId: id,
      bargainId: id,
      initiatorOpenid: openid,
      helperOpenid: openid,
      cutFen: fen,
      currentFen: fen,
      floorFen: fen,
      helpsDone: z.number().int(),
      helpsNeeded: z.number().int(),
    })
    .strict(),
  /** The last help: the bargain reached its floor and the reward coupon was issued. */
  'bargain.completed': z
    .object({
      campaignId: id,
      bargainId: id,
      initiatorOpenid: openid,
      helperOpenid: openid,
      finalFen: fen,
      helpsNeeded: z.number().int(),
      rewardCouponId: id,
    })
    .strict(),
  'assist.helped': z
    .object({
      campaignId: id,
      assistId: id,
      initiatorOpenid: openid,
      helperOpenid: openid,
      helpsDone: z.number().int(),
      helpsNeeded: z.number().int(),
    })
    .strict(),
  'assist.completed': z
    .object({
      campaignId: id,
      assistId: id,
      initiatorOpenid: openid,
      helperOpenid: openid,
      helpsNeeded: z.number().int(),
      rewardCouponId: id,
    })
    .strict(),
  /** A coupon given as a reward (bargain, assist, group leader); claims are not rewards. */
  'reward.issued': z
    .object({
      campaignId: id,
      couponId: id,
      ownerOpenid: openid,
      templateId: id,
      /** The coupon's: bargain_reward, assist_reward or assist_helper_reward (a thank-you). */
      reason: z.string(),
      /** The bargain, assist or group it rewards. */
      refId: id,
    })
    .strict(),
  /** Every seat paid for, or (onShort 'complete') the deadline reached with some paid. */
  'group.formed': z
    .object({
      campaignId: id,
      groupId: id,
      leaderOpenid: openid,
      /** The paid members in the order they paid; the leader is one only if they paid. */
      memberOpenids: z.array(openid),
      /** The paid seats it formed with: its size, or fewer when it completed short. */
      seats: z.number().int(),
    })
    .strict(),
  /** The group's deadline passed short of its seats: every paid seat is owed a refund. */
  'group.failed': z
    .object({
      campaignId: id,
      groupId: id,
      leaderOpenid: openid,
      memberOpenids: z.array(openid),
      /** One per paid seat: what its order paid, the order's amount less its coupon's discount. */
      refundsOwed: z.array(z.object({ orderId: id, buyerOpenid: openid, amountFen: fen }).strict()),
    })
    .strict(),
  'packet.claimed': z
    .object({
      campaignId: id,
      packetId: id,
      sharerOpenid: openid,
      claimerOpenid: openid,
      couponId: id,
      amountFen: fen,
    })
    .strict(),
  /** A friend claimed a friend coupon from someone's circle post (购物圈). */
  'circle.coupon_claimed': z
    .object({
      campaignId: id,
      postId: id,
      posterOpenid: openid,
      claimerOpenid: openid,
      couponId: id,
    })
    .strict(),
  /** A merchant approved a credit the fraud rules had held. */
  'credit.approved': z
    .object({
      campaignId: id,
      conversionId: id,
      sharerOpenid: openid,
      inviteeOpenid: openid,
      stage: z.string(),
      xp: z.number().int(),
    })
    .strict(),
  /** Someone on an F码 waitlist was given a code. */
  'fcode.promoted': z
    .object({
      campaignId: id,
      code: z.string(),
      batch: z.number().int(),
      reservedUntil: iso,
      page: z.string(),
    })
    .strict(),
} as const;

export type EventType = keyof typeof eventPayloads;
export type EventPayload<T extends EventType> = z.infer<(typeof eventPayloads)[T]>;
export const EVENT_TYPES = Object.keys(eventPayloads) as EventType[];

export function isEventType(value: string): value is EventType {
  return Object.hasOwn(eventPayloads, value);
}

/** The body of every webhook POST (signed; see the README's Webhooks section). */
export const webhookBodySchema = z
  .object({
    id: z.string(),
    type: z.string(),
    createdAt: iso,
    data: z.record(z.string(), z.unknown()),
  })
  .strict();
export type WebhookBody = z.infer<typeof webhookBodySchema>;
