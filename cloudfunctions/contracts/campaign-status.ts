import * as z from 'zod';

/** Where a campaign is in its lifecycle: draft → live ⇄ paused → ended. */
export const campaignStatusSchema = z.enum(['draft', 'live', 'paused', 'ended']);
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;
