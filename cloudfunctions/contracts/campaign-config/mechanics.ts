import * as z from 'zod';
import { text } from './primitives';

/**
 * What a campaign promises beyond the built-in flows. Declared so the compliance checker can
 * judge it against WeChat's rules on induced sharing (诱导分享): a config whose mechanics break
 * them is refused with reasons instead of going live.
 */
export const mechanicsSchema = z
  .object({
    unlocks: z
      .array(
        z
          .object({
            content: text(60).describe('What is unlocked'),
            by: z.enum(['share', 'moments-share', 'help', 'purchase']).describe('What unlocks it'),
          })
          .strict(),
      )
      .max(10)
      .default([]),
    rewards: z
      .array(
        z
          .object({
            trigger: z
              .enum([
                'share',
                'moments-share',
                'friend-open',
                'friend-help',
                'friend-purchase',
                'own-purchase',
              ])
              .describe('What earns the reward'),
            reward: text(60),
          })
          .strict(),
      )
      .max(10)
      .default([]),
    commission: z
      .object({
        levels: z.number().int().min(1).max(10).describe('How many uplines share in a purchase'),
        ratesPercent: z.array(z.number().min(0).max(100)).min(1).max(10),
      })
      .strict()
      .optional(),
    randomOutcome: z
      .object({
        description: text(200),
        disclosed: z
          .boolean()
          .describe('Whether the odds and possible outcomes are shown up front'),
      })
      .strict()
      .optional(),
  })
  .strict();

export type Mechanics = z.output<typeof mechanicsSchema>;
