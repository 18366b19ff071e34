import type { InviteLeaderboardResult } from '../../contracts/invite';
import { maskName } from '../../domain/shared/mask-name';
import type { Caller, Deps } from '../deps';
import { findCampaign } from '../campaign/find-campaign';
import { rankedBoard } from './weekly-board';

const TOP_N = 20;

export async function inviteLeaderboard(
  input: { campaignId: string; period: 'week' | 'all' },
  caller: Caller,
  { store, clock }: Deps,
): Promise<InviteLeaderboardResult> {
  const now = clock();
  const campaign = await findCampaign(store, input.campaignId);
  const { since, ranked } = await rankedBoard(store, campaign.config, input.period, now);
  const mine = ranked.find((e) => e.openid === caller.openid);
  return {
    period: input.period,
    since: since ? since.toISOString() : null,
    entries: ranked.slice(0, TOP_N).map((e) => ({
      rank: e.rank,
      name: e.openid === caller.openid ? '我' : maskName(e.openid),
      xp: e.xp,
      isMe: e.openid === caller.openid,
    })),
    me: mine ? { rank: mine.rank, xp: mine.xp } : null,
  };
}
