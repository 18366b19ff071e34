import * as z from 'zod';
import { defineContract } from './contract';
import { campaignId, isoDateTime, levelPerkSchema } from './campaign-config';

/** A share token: 12 characters of [0-9A-Za-z], so it also fits a QR code's `scene`. */
export const shareToken = z.string().regex(/^[0-9A-Za-z]{12}$/, 'a share token');
/** The subject of a share: the sharer's own bargain or assist, a group they are in, their packet. */
export const subjectId = z
  .string()
  .regex(/^(brg|ast|grp|pkt)_[0-9A-Za-z]{16}$/, 'a bargain, assist, group or packet id');
export const subjectKindSchema = z.enum(['bargain', 'assist', 'group', 'packet']);
/** WeChat scene values (1007 single chat, 1008 group chat, 1044 with shareTicket, 1047–1049 QR…). */
export const sceneValue = z.number().int().min(1000).max(1999);
export const conversionStageSchema = z.enum([
  'arrived',
  'helped',
  'started',
  'ordered',
  'coupon_used',
]);
export const creditStatusSchema = z.enum(['counted', 'pending', 'rejected']);
export const periodSchema = z.enum(['week', 'all']);

const levelSchema = z
  .object({
    level: z.number().int().min(1),
    name: z.string(),
    /** Confirmed experience: what the level and the rank count. */
    xp: z.number().int().min(0),
    /** Experience from credits still waiting (refund window, merchant review): not counted yet. */
    pendingXp: z.number().int().min(0),
    nextLevel: z
      .object({ level: z.number().int(), name: z.string(), minXp: z.number().int() })
      .strict()
      .nullable(),
    progress: z.number().min(0).max(1),
  })
  .strict();

export const inviteContract = defineContract('invite', {
  share: {
    input: z.object({ campaignId, subjectId: subjectId.optional() }).strict(),
    output: z.object({ token: shareToken, path: z.string() }).strict(),
    refusals: ['NOT_FOUND', 'NOT_LIVE', 'CAMPAIGN_PAUSED'],
  },
  qrcode: {
    input: z.object({ token: shareToken }).strict(),
    output: z.object({ contentType: z.string(), imageBase64: z.string() }).strict(),
    refusals: ['NOT_FOUND'],
  },
  /** A QR launch knows only the token (its `scene`): the campaign then comes from the token. */
  visit: {
    input: z
      .object({
        campaignId: campaignId.optional(),
        token: shareToken.optional(),
        scene: sceneValue.optional(),
      })
      .strict()
      .refine((v) => v.campaignId !== undefined || v.token !== undefined, {
        message: 'campaignId or token is required',
        path: ['campaignId'],
      }),
    output: z
      .object({
        campaignId,
        isNewUser: z.boolean(),
        /** The friend this visitor is credited to, masked, and whether that friend bought here. */
        invitedBy: z.object({ name: z.string(), bought: z.boolean() }).strict().nullable(),
        /** What the card or code was shared for (the sharer's bargain or assist), to open it. */
        subject: z.object({ kind: subjectKindSchema, id: subjectId }).strict().nullable(),
      })
      .strict(),
    refusals: ['NOT_FOUND'],
  },
  progress: {
    input: z.object({ campaignId: campaignId.optional() }).strict(),
    output: z
      .object({
        counted: z.record(conversionStageSchema, z.number().int().min(0)),
        pending: z.record(conversionStageSchema, z.number().int().min(0)),
        recent: z.array(
          z
            .object({
              name: z.string(),
              avatarUrl: z.string().nullable(),
              stage: conversionStageSchema,
              status: creditStatusSchema,
              at: isoDateTime,
            })
            .strict(),
        ),
        level: levelSchema,
        /** What the level unlocked, and what the next one adds: the campaign's disclosed table. */
        perks: z
          .object({ unlocked: z.array(levelPerkSchema), next: z.array(levelPerkSchema) })
          .strict(),
        rank: z
          .number()
          .int()
          .min(1)
          .nullable()
          .describe('Rank on this week’s board; null off the board'),
      })
      .strict(),
    refusals: ['NOT_FOUND'],
  },
  leaderboard: {
    input: z.object({ campaignId, period: periodSchema.default('week') }).strict(),
    output: z
      .object({
        period: periodSchema,
        since: isoDateTime.nullable(),
        entries: z.array(
          z
            .object({
              rank: z.number().int().min(1),
              name: z.string(),
              xp: z.number().int(),
              isMe: z.boolean(),
            })
            .strict(),
        ),
        me: z
          .object({ rank: z.number().int().min(1), xp: z.number().int() })
          .strict()
          .nullable(),
      })
      .strict(),
    refusals: ['NOT_FOUND'],
  },
  review: {
    input: z
      .object({
        campaignId,
        creditIds: z
          .array(z.string().regex(/^cnv_[0-9A-Za-z]{16}$/))
          .min(1)
          .max(200),
        decision: z.enum(['approve', 'reject']),
      })
      .strict(),
    output: z.object({ reviewed: z.number().int().min(0) }).strict(),
    refusals: ['NOT_FOUND'],
    role: 'merchant',
  },
});

export type SubjectKind = z.output<typeof subjectKindSchema>;
export type ConversionStage = z.output<typeof conversionStageSchema>;
export type CreditStatus = z.output<typeof creditStatusSchema>;
export type InviteShareResult = z.output<typeof inviteContract.actions.share.output>;
export type InviteVisitResult = z.output<typeof inviteContract.actions.visit.output>;
export type InviteProgressResult = z.output<typeof inviteContract.actions.progress.output>;
export type InviteLeaderboardResult = z.output<typeof inviteContract.actions.leaderboard.output>;
