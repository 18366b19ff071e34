import type { CampaignGetResult } from '../../cloudfunctions/contracts/campaign';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { call } from './call-function';

export interface GetCampaignOptions {
  /** Merchants open drafts with the preview flag; the server checks the role. */
  preview?: boolean;
}

export function getCampaign(
  campaignId: string,
  options: GetCampaignOptions = {},
): Promise<FunctionResult<CampaignGetResult>> {
  return call('campaign', 'get', { campaignId, ...(options.preview ? { preview: true } : {}) });
}
