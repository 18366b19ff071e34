import * as z from 'zod';
import { commonFields, restartAfterExpiry } from './common';
import { fen, positiveFen, type ConfigIssue } from './primitives';
import { productSchema } from './product';

/** 砍价: friends' helps cut the price from the product's price down to a floor. */
export const bargainSettingsSchema = z
  .object({
    priceFen: positiveFen.describe('Starting price, in fen'),
    floorFen: fen.describe('The price reached after the last help, in fen'),
    helpsNeeded: z
      .number()
      .int()
      .min(1)
      .max(100)
      .describe('Friends’ helps needed to reach the floor'),
    durationHours: z.number().int().min(1).max(720),
    maxStartsPerUser: z.number().int().min(1).max(100).default(1),
    restartAfterExpiry,
    helperDailyLimit: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(3)
      .describe('Helps one person may give per day in this campaign'),
    newUsersOnly: z.boolean().default(false),
    initiatorFirstCut: z
      .boolean()
      .default(true)
      .describe('The initiator makes the first cut on start, before friends help'),
    rewardValidDays: z.number().int().min(1).max(365).default(7),
  })
  .strict()
  .refine((b) => b.floorFen < b.priceFen, {
    message: 'floorFen must be below priceFen',
    path: ['floorFen'],
  })
  .refine((b) => b.helpsNeeded + (b.initiatorFirstCut ? 1 : 0) <= b.priceFen - b.floorFen, {
    message: 'every cut must be at least 1 fen: too many helps for price − floor',
    path: ['helpsNeeded'],
  });

export const bargainCampaignSchema = z
  .object({
    ...commonFields,
    kind: z.literal('bargain'),
    product: productSchema,
    bargain: bargainSettingsSchema,
  })
  .strict();

export type BargainSettings = z.output<typeof bargainSettingsSchema>;
export type BargainCampaign = z.output<typeof bargainCampaignSchema>;

export function bargainIssues(c: BargainCampaign): ConfigIssue[] {
  return c.bargain.priceFen === c.product.priceFen
    ? []
    : [{ message: 'bargain.priceFen must equal product.priceFen', path: ['bargain', 'priceFen'] }];
}
