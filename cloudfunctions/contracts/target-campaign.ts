import * as z from 'zod';

/**
 * What a bargain's, assist's or group's page shows of its campaign, carried in the target's
 * own view so the page loads with one call (not the target and then campaign.get).
 */
export const targetCampaignSchema = z
  .object({
    title: z.string(),
    /** The chat card's title as the merchant wrote it; null leaves it to the page. */
    shareTitle: z.string().nullable(),
    /** The chat card's picture: the share image, else the product's. */
    shareImageUrl: z.string().nullable(),
    product: z
      .object({ id: z.string(), name: z.string(), imageUrl: z.string().nullable() })
      .strict()
      .nullable(),
    /** An assist's reward for its initiator, as the campaign promises it. */
    promisedReward: z
      .object({
        valueFen: z.number().int().optional(),
        percentOff: z.number().int().optional(),
        minSpendFen: z.number().int(),
      })
      .strict()
      .nullable(),
    /** Whether buyers may share a packet of coupons after their order. */
    packet: z.boolean(),
  })
  .strict();

export type TargetCampaign = z.output<typeof targetCampaignSchema>;
