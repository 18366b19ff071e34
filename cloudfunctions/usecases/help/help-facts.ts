import { chinaDay } from '../../domain/shared/china-day';
import type { Helper } from '../../domain/help/help-refusal';
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

/**
 * Which of a person's starts a limit leaves out: the bargains or assists that lapsed
 * unfinished, when the campaign gives those starts back (restartAfterExpiry). Groups give a
 * failed lead back by lowering the count itself (settleGroups), so they pass null.
 */
export type LapsedStarts = { kind: HelpKind; now: Date } | null;

/** What a bargain or assist campaign gives back; a config stored before the setting reads as its default. */
export function lapsedStartsOf(
  kind: HelpKind,
  settings: { restartAfterExpiry?: boolean },
  now: Date,
): LapsedStarts {
  return settings.restartAfterExpiry === false ? null : { kind, now };
}

const LAPSED_TABLE: Record<HelpKind, string> = { bargain: 'bargain', assist: 'assist' };

/**
 * The starts that lapsed, in SQL ($1 campaign, $2 openid, `now` the clock's parameter). An
 * active one whose deadline passed has lapsed even before a start marks it expired. A lapsed
 * start never comes back to life, so a snapshot older than the statement only ever counts
 * fewer of them: the limit it enforces can be stricter than the truth, never looser.
 */
function lapsedSql(lapsed: LapsedStarts, now: string): string {
  if (!lapsed) return '0';
  return `(select count(*)::int from ${LAPSED_TABLE[lapsed.kind]}
            where campaign_id = $1 and initiator_openid = $2
              and (status = 'expired' or (status = 'active' and ends_at <= ${now})))`;
}

/**
 * Counts one start toward the per-person limit; false when the limit is already reached. The
 * count moves only by this conditional upsert, under the count row's lock, so two starts can
 * never both take the last one; lapsed starts given back are subtracted in the same statement.
 */
export async function countStart(
  sql: Sql,
  campaignId: string,
  openid: string,
  limit: number,
  lapsed: LapsedStarts = null,
): Promise<boolean> {
  const rows = await sql.query(
    `insert into start_count (campaign_id, openid, starts)
     values ($1, $2, 1)
     on conflict (campaign_id, openid) do update
       set starts = start_count.starts + 1
       where start_count.starts - ${lapsedSql(lapsed, '$4')} < $3
     returning starts`,
    lapsed ? [campaignId, openid, limit, lapsed.now] : [campaignId, openid, limit],
  );
  return rows.length > 0;
}

/** The starts that count toward the limit: all of them, less those given back. */
export async function startsSoFar(
  sql: Sql,
  campaignId: string,
  openid: string,
  lapsed: LapsedStarts = null,
): Promise<number> {
  const [row] = await sql.query<{ starts: number }>(
    `select coalesce((select starts from start_count where campaign_id = $1 and openid = $2), 0)
              - ${lapsedSql(lapsed, '$3')} as starts`,
    lapsed ? [campaignId, openid, lapsed.now] : [campaignId, openid],
  );
  return Math.max(0, row?.starts ?? 0);
}

/** The helper's facts once their help is in: no second query for the view that follows. */
export function afterHelp(helper: Helper): Helper {
  return { ...helper, alreadyHelped: true, helpsToday: helper.helpsToday + 1 };
}
