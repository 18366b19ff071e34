import type { CampaignStats, campaignContract } from '../../cloudfunctions/contracts/campaign';
import type { ActionInput, ActionOutput } from '../../cloudfunctions/contracts/contract';
import type { inviteContract } from '../../cloudfunctions/contracts/invite';
import type { WechatNotice } from '../../cloudfunctions/contracts/notice';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { call } from './call-function';

export type ReviewDecision = ActionInput<typeof inviteContract, 'review'>['decision'];
export type ReviewResult = ActionOutput<typeof inviteContract, 'review'>;

/** Merchant only: a shopper gets FORBIDDEN. Unwrapped, since `stats` is all the answer holds. */
export async function campaignStats(campaignId: string): Promise<FunctionResult<CampaignStats>> {
  const result = await call('campaign', 'stats', { campaignId });
  return result.ok ? { ok: true, data: result.data.stats } : result;
}

/** Merchant only: approve or reject flagged credits; already reviewed ones are skipped. */
export function reviewCredits(
  campaignId: string,
  creditIds: string[],
  decision: ReviewDecision,
): Promise<FunctionResult<ReviewResult>> {
  return call('invite', 'review', { campaignId, creditIds, decision });
}

/**
 * Merchant only: what WeChat told the mini-program (violation warnings and punishments),
 * newest first, with the campaigns each paused. A shopper gets FORBIDDEN.
 */
export async function wechatNotices(): Promise<FunctionResult<WechatNotice[]>> {
  const result = await call('campaign', 'notices', {});
  return result.ok ? { ok: true, data: result.data.notices } : result;
}

export type CampaignListItem = ActionOutput<typeof campaignContract, 'list'>['campaigns'][number];

/** Merchant only: every campaign with its title and status, for the stats page's picker. */
export async function listCampaigns(): Promise<FunctionResult<CampaignListItem[]>> {
  const result = await call('campaign', 'list', {});
  return result.ok ? { ok: true, data: result.data.campaigns } : result;
}
