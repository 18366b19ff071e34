import { chinaDay } from '../../domain/shared/china-day';
import type { Helper } from '../../domain/shared/help-refusal';
import type { Sql } from '../../store/store';

/** Bargains and assists keep helps in tables of the same shape. */
export type HelpKind = 'bargain' | 'assist';

const HELP_TABLE: Record<HelpKind, { table: string; key: string }> = {
  bargain: { table: 'bargain_help', key: 'bargain_id' },
  assist: { table: 'assist_help', key: 'assist_id' },
};

/**
 * What the rules need to know about a would-be helper, in one round trip. Inside a help
 * transaction these reads sit behind the target's row lock; the limits they inform are still
 * enforced by conditional writes (the helper may be helping elsewhere at the same moment).
 */
export async function helperFacts(
  sql: Sql,
  kind: HelpKind,
  targetId: string,
  campaignId: string,
  openid: string,
  now: Date,
): Promise<Helper> {
  const { table, key } = HELP_TABLE[kind];
  const [row] = await sql.query<{
    is_new: boolean | null;
    helps_today: number | null;
    already: boolean;
  }>(
    `select
       (select first_campaign_id = $2 from app_user where openid = $1) as is_new,
       (select helps from helper_day where campaign_id = $2 and helper_openid = $1 and day = $3) as helps_today,
       exists (select 1 from ${table} where ${key} = $4 and helper_openid = $1) as already`,
    [openid, campaignId, chinaDay(now), targetId],
  );
  return {
    openid,
    // Someone the store has never seen is seen first here, so they are new to this campaign.
    isNewToCampaign: row?.is_new ?? true,
    helpsToday: row?.helps_today ?? 0,
    alreadyHelped: row?.already ?? false,
  };
}

/** Counts one help toward the helper's daily limit; false when the limit is already reached. */
export async function countHelperDay(
  sql: Sql,
  campaignId: string,
  openid: string,
  limit: number,
  now: Date,
): Promise<boolean> {
  const rows = await sql.query(
    `insert into helper_day (campaign_id, helper_openid, day, helps)
     values ($1, $2, $3, 1)
     on conflict (campaign_id, helper_openid, day) do update
       set helps = helper_day.helps + 1
       where helper_day.helps < $4
     returning helps`,
    [campaignId, openid, chinaDay(now), limit],
  );
  return rows.length > 0;
}

/** Counts one start toward the per-person limit; false when the limit is already reached. */
export async function countStart(
  sql: Sql,
  campaignId: string,
  openid: string,
  limit: number,
): Promise<boolean> {
  const rows = await sql.query(
    `insert into start_count (campaign_id, openid, starts)
     values ($1, $2, 1)
     on conflict (campaign_id, openid) do update
       set starts = start_count.starts + 1
       where start_count.starts < $3
     returning starts`,
    [campaignId, openid, limit],
  );
  return rows.length > 0;
}

export async function startsSoFar(sql: Sql, campaignId: string, openid: string): Promise<number> {
  const [row] = await sql.query<{ starts: number }>(
    'select starts from start_count where campaign_id = $1 and openid = $2',
    [campaignId, openid],
  );
  return row?.starts ?? 0;
}

/** The helper's facts once their help is in: no second query for the view that follows. */
export function afterHelp(helper: Helper): Helper {
  return { ...helper, alreadyHelped: true, helpsToday: helper.helpsToday + 1 };
}
