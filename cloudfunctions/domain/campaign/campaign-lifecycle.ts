import type { CampaignStatus } from '../../contracts/campaign';
import { isCampaignLiveAt, type CampaignWindow } from '../shared/is-campaign-live-at';

/** The moves a merchant makes: draft → live → paused ⇄ live → ended. Nothing goes back to draft. */
export type CampaignMove = 'publish' | 'pause' | 'resume' | 'end';

export const CAMPAIGN_MOVES: Record<CampaignMove, { from: CampaignStatus[]; to: CampaignStatus }> =
  {
    publish: { from: ['draft'], to: 'live' },
    pause: { from: ['live'], to: 'paused' },
    resume: { from: ['paused'], to: 'live' },
    end: { from: ['live', 'paused'], to: 'ended' },
  };

/**
 * Whether something new may begin in a campaign now: a bargain, assist or group started, a
 * coupon claimed, a packet shared. A draft answers exactly as an unknown id (a shopper cannot
 * tell them apart); a paused campaign says so; an ended one, or one outside its window, is not
 * live. What already began is not asked here: it keeps its promise until its own deadline.
 */
export function newActivityRefusal(
  campaign: { status: CampaignStatus; window: CampaignWindow },
  now: Date,
): 'NOT_FOUND' | 'CAMPAIGN_PAUSED' | 'NOT_LIVE' | null {
  if (campaign.status === 'draft') return 'NOT_FOUND';
  if (campaign.status === 'paused') return 'CAMPAIGN_PAUSED';
  return isCampaignLiveAt(campaign, now) ? null : 'NOT_LIVE';
}

/**
 * Whether what already began (a bargain or assist being helped, a group being joined or paid,
 * a shared packet being claimed) may go on: in every state a shopper can see. Its own deadline
 * is checked by its own rule.
 */
export function keepsPromises(status: CampaignStatus): boolean {
  return status !== 'draft';
}
