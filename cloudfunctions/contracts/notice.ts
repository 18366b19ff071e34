import * as z from 'zod';
import { isoDateTime } from './campaign-config';
import { campaignStatusSchema } from './campaign-status';

/**
 * Whether a notice from WeChat pauses every live campaign (env `FISSION_AUTO_PAUSE` of the
 * `push` function): `off` records only; `bans` (the default) pauses on any punishment, a
 * warning is only recorded; `all` pauses on warnings too.
 */
export const autoPauseSchema = z.enum(['off', 'bans', 'all']);
export type AutoPause = z.infer<typeof autoPauseSchema>;

/** What WeChat did, from the notice's event_type; `other` is a type WeChat added since. */
export const punishKindSchema = z.enum([
  'warning',
  'function-ban',
  'takedown',
  'account-ban',
  'page-ban',
  'other',
]);
export type PunishKind = z.infer<typeof punishKindSchema>;

/** What a warning says will happen unless the merchant rectifies by the deadline. */
export const warnedOfSchema = z.enum(['account-ban', 'function-ban', 'takedown']);
export type WarnedOf = z.infer<typeof warnedOfSchema>;

/** One notice as the merchant reads it: what WeChat said, when, and what Fission did. */
export const wechatNoticeSchema = z
  .object({
    punishId: z.string(),
    kind: punishKindSchema,
    eventType: z.number().int(),
    /** When WeChat says the violation was punished (its punish_time). */
    punishedAt: isoDateTime.nullable(),
    /** When the push reached Fission (the server clock). */
    receivedAt: isoDateTime,
    reason: z.string(),
    content: z.string(),
    ruleName: z.string(),
    ruleUrl: z.string(),
    guideUrl: z.string(),
    warnedOf: warnedOfSchema.nullable(),
    rectifyDeadline: isoDateTime.nullable(),
    /** Functions banned, or warned of a ban, each with its days when WeChat gave them. */
    functions: z
      .array(z.object({ name: z.string(), days: z.number().int().nullable() }).strict())
      .describe('e.g. 分享 for 7 days'),
    /** Days of the account ban or takedown a warning announces, when WeChat gave them. */
    days: z.number().int().nullable(),
    /** The detail as WeChat sent it, when its structure is not one Fission reads. */
    detailText: z.string().nullable(),
    /** The setting in force when the notice arrived. */
    autoPause: autoPauseSchema,
    /** The campaigns this notice paused, each with its status now (resumed since, or not). */
    pausedCampaigns: z.array(
      z
        .object({ campaignId: z.string(), title: z.string(), status: campaignStatusSchema })
        .strict(),
    ),
  })
  .strict();

export type WechatNotice = z.output<typeof wechatNoticeSchema>;
