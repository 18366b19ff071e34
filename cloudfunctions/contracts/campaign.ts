import { z } from 'zod';
import { campaignConfigSchema, campaignId } from './campaign-config';

export const campaignStatusSchema = z.enum(['draft', 'live', 'ended']);
export type CampaignStatus = z.infer<typeof campaignStatusSchema>;

export const campaignActions = {
  get: z
    .object({
      campaignId,
      preview: z.boolean().optional().describe('Merchants may open drafts with the preview flag'),
    })
    .strict(),
} as const;

export const campaignViewSchema = z
  .object({
    id: campaignId,
    status: campaignStatusSchema,
    config: campaignConfigSchema,
    participants: z.number().int().min(0).describe('People who started or helped'),
    serverNow: z.iso.datetime({ offset: true }).describe('Server clock, for countdowns'),
  })
  .strict();

export const campaignResults = {
  get: z.object({ campaign: campaignViewSchema }).strict(),
} as const;

export type CampaignView = z.output<typeof campaignViewSchema>;
export type CampaignGetInput = z.input<typeof campaignActions.get>;
export type CampaignGetResult = z.output<typeof campaignResults.get>;
