import type { CampaignConfig } from '../../contracts/campaign-config';
import {
  periodStart,
  type LeaderboardPeriod,
  type WeeklyReset,
} from '../../domain/invite/leaderboard-period';
import { rankEntries, type RankedEntry } from '../../domain/invite/rank';
import type { Sql } from '../../store/store';
import { creditStatusSql } from './credit-status-sql';

/**
 * Every sharer's experience on a campaign's board for the period, ranked. Only credits that
 * count now take part: pending (flagged or held) and rejected ones do not.
 */
export async function rankedBoard(
  sql: Sql,
  campaign: CampaignConfig,
  period: LeaderboardPeriod,
  now: Date,
): Promise<{ since: Date | null; ranked: RankedEntry[] }> {
  // The contract admits only weekdays 0–6.
  const since = periodStart(period, now, campaign.invite.weeklyReset as WeeklyReset);
  const rows = await sql.query<{ openid: string; xp: number; first_at: Date }>(
    `select c.sharer_openid as openid, sum(c.xp)::int as xp, min(c.created_at) as first_at
       from conversion c
      where c.campaign_id = $1 and ($2::timestamptz is null or c.created_at >= $2)
        and ${creditStatusSql('c', '$3')} = 'counted'
      group by c.sharer_openid`,
    [campaign.id, since, now],
  );
  return {
    since,
    ranked: rankEntries(rows.map((r) => ({ openid: r.openid, xp: r.xp, firstAt: r.first_at }))),
  };
}
