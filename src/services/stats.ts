import type { z } from 'zod';
import type { CampaignStats, campaignResults } from '../../cloudfunctions/contracts/campaign';
import type { inviteActions, inviteResults } from '../../cloudfunctions/contracts/invite';
import type { WechatNotice } from '../../cloudfunctions/contracts/notice';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { callFunction } from './call-function';

export type ReviewDecision = z.input<typeof inviteActions.review>['decision'];
export type ReviewResult = z.output<typeof inviteResults.review>;

/** Merchant only: a shopper gets FORBIDDEN. Unwrapped, since `stats` is all the answer holds. */
export async function campaignStats(campaignId: string): Promise<FunctionResult<CampaignStats>> {
  const result = await callFunction<{ stats: CampaignStats }>('campaign', {
    action: 'stats',
    campaignId,
  });
  return result.ok ? { ok: true, data: result.data.stats } : result;
}

/** Merchant only: approve or reject flagged credits; already reviewed ones are skipped. */
export function reviewCredits(
  campaignId: string,
  creditIds: string[],
  decision: ReviewDecision,
): Promise<FunctionResult<ReviewResult>> {
  return callFunction<ReviewResult>('invite', {
    action: 'review',
    campaignId,
    creditIds,
    decision,
  });
}

/**
 * Merchant only: what WeChat told the mini-program (violation warnings and punishments),
 * newest first, with the campaigns each paused. A shopper gets FORBIDDEN.
 */
export async function wechatNotices(): Promise<FunctionResult<WechatNotice[]>> {
  const result = await callFunction<{ notices: WechatNotice[] }>('campaign', { action: 'notices' });
  return result.ok ? { ok: true, data: result.data.notices } : result;
}

export type CampaignListItem = z.output<typeof campaignResults.list>['campaigns'][number];

/** Merchant only: every campaign with its title and status, for the stats page's picker. */
export async function listCampaigns(): Promise<FunctionResult<CampaignListItem[]>> {
  const result = await callFunction<{ campaigns: CampaignListItem[] }>('campaign', {
    action: 'list',
  });
  return result.ok ? { ok: true, data: result.data.campaigns } : result;
}
