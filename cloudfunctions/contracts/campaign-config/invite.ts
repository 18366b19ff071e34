import * as z from 'zod';
import { text } from './primitives';

/**
 * What a sharer level unlocks. Every perk is deterministic and its quota disclosed: WeChat
 * forbids extra chances for sharing, so `draw` (extra lottery draws for a level) exists only so
 * the compliance checker can refuse it by name rather than the contract silently dropping it.
 */
export const levelPerkSchema = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('circle-pool-bonus'),
      extraCoupons: z.number().int().min(1).max(20),
    })
    .strict()
    .describe('Each circle post of a sharer at this level carries this many more friend coupons'),
  z
    .object({ kind: z.literal('fcode-early-access'), hours: z.number().int().min(1).max(168) })
    .strict()
    .describe('Sees each F码 batch this many hours before its release'),
  z
    .object({
      kind: z.literal('monthly-sample'),
      sample: text(30),
      quota: z
        .number()
        .int()
        .min(1)
        .max(10_000)
        .describe('Samples a month, first come first served'),
    })
    .strict(),
  z
    .object({ kind: z.literal('draw'), extraDraws: z.number().int().min(1).max(100) })
    .strict()
    .describe('Refused by the checker: extra lottery chances for a level are rewards for sharing'),
]);

export const inviteSettingsSchema = z
  .object({
    windowDays: z
      .number()
      .int()
      .min(1)
      .max(90)
      .default(7)
      .describe(
        'A share token attributes new people for this many days; credits follow for as long',
      ),
    orderHoldDays: z
      .number()
      .int()
      .min(0)
      .max(60)
      .default(7)
      .describe('Order credits wait out the refund window before they count'),
    weeklyReset: z
      .object({
        weekday: z.number().int().min(0).max(6).default(1).describe('0 = Sunday'),
        hour: z.number().int().min(0).max(23).default(0).describe('China time'),
      })
      .strict()
      .prefault({}),
    levels: z
      .array(
        z
          .object({
            level: z.number().int().min(1),
            name: text(20),
            minXp: z.number().int().min(0),
            perks: z.array(levelPerkSchema).max(5).default([]).describe('What this level unlocks'),
          })
          .strict(),
      )
      .min(1)
      .max(20)
      .optional()
      .describe('Sharer levels by experience; the first must start at 0'),
  })
  .strict();

export type LevelPerk = z.output<typeof levelPerkSchema>;
export type InviteSettings = z.output<typeof inviteSettingsSchema>;
