import type { CampaignStatus } from '../../contracts/campaign';

export interface CampaignWindow {
  startsAt?: Date | null;
  endsAt?: Date | null;
}

/**
 * A campaign takes part in the world only while it is live and inside its window; `startsAt`
 * is the first live instant and `endsAt` the first ended one, like a bargain's `endsAt`.
 */
export function isCampaignLiveAt(
  campaign: { status: CampaignStatus; window: CampaignWindow },
  now: Date,
): boolean {
  const t = now.getTime();
  const { startsAt, endsAt } = campaign.window;
  if (campaign.status !== 'live') return false;
  if (startsAt && t < startsAt.getTime()) return false;
  if (endsAt && t >= endsAt.getTime()) return false;
  return true;
}
