import type { CampaignConfig } from '../../contracts/campaign-config';
import { chinaDay } from '../../domain/shared/china-day';
import type { Helper } from '../../domain/help/help-refusal';
import type { Caller } from '../deps';
import type { SqlParams } from '../../store/refused-in-statement';
import type { Sql } from '../../store/store';
import {
  conversionFor,
  fraudFlagsFrom,
  fraudHistoryColumns,
  fraudLookbackStart,
  type FraudHistory,
} from '../invite/credit-conversion';
import type { HelpKind } from './help-facts';
import type { HelperRecord } from './help-target-row';

/**
 * The parts a bargain's and an assist's help share, for their read-then-one-write shape: the
 * helper's facts read with the target (before any lock), and the helper's writes (day count,
 * sighting, the sharer's credit) as CTEs of the target's one statement.
 */
const HELPS: Record<HelpKind, { table: string; key: string; cut: string }> = {
  bargain: { table: 'bargain_help', key: 'bargain_id', cut: ", 'cut_fen', cut_fen" },
  assist: { table: 'assist_help', key: 'assist_id', cut: '' },
};

/** What the helper's part of the read answers. */
export interface HelperFactsRow {
  is_new: boolean | null;
  helps_today: number | null;
  already: boolean;
  helpers: { helper_openid: string; helped_at: string; cut_fen?: number }[];
  sharer_openid: string | null;
  attributed_at: Date | null;
  /** Read apart (readFraudHistory), and only for a helper someone brought. */
  history?: FraudHistory | null;
}

/**
 * What the fraud rules need about an attributed helper, read apart: planning those five
 * subqueries on every help cost more than a round trip, and most helps need none of it.
 */
export async function readFraudHistory(
  sql: Sql,
  row: HelperFactsRow & { campaign_id: string },
  openid: string,
  now: Date,
): Promise<void> {
  if (!row.sharer_openid) return;
  const [history] = await sql.query<FraudHistory>(
    `select ${fraudHistoryColumns('$1', '$2', '$3', '$4')}`,
    [row.campaign_id, row.sharer_openid, openid, fraudLookbackStart(now)],
  );
  row.history = history ?? null;
}

/**
 * Select-list columns about the helper `$3` for the target aliased `ht` (its campaign in
 * `ht.campaign_id`), on China day `$4`; join `helperAttribution`.
 */
export function helperFactsColumns(kind: HelpKind): string {
  const { table, key, cut } = HELPS[kind];
  return `(select first_campaign_id = ht.campaign_id from app_user where openid = $3) as is_new,
    (select helps from helper_day
      where campaign_id = ht.campaign_id and helper_openid = $3 and day = $4) as helps_today,
    exists (select 1 from ${table} where ${key} = ht.id and helper_openid = $3) as already,
    (select coalesce(json_agg(json_build_object('helper_openid', helper_openid,
         'helped_at', helped_at${cut}) order by seq), '[]')
       from ${table} where ${key} = ht.id) as helpers,
    att.sharer_openid, att.attributed_at`;
}

export const helperAttribution =
  'left join attribution att on att.campaign_id = ht.campaign_id and att.invitee_openid = $3';

export function helperOf(row: HelperFactsRow, openid: string): Helper {
  return {
    openid,
    // Someone the store has never seen is seen first by this help, so they are new here.
    isNewToCampaign: row.is_new ?? true,
    helpsToday: row.helps_today ?? 0,
    alreadyHelped: row.already,
  };
}

export function helpersOf(row: HelperFactsRow): HelperRecord[] {
  return row.helpers.map((h) => ({ ...h, helped_at: new Date(h.helped_at) }));
}

/**
 * The helper's writes, as CTEs that run only when `target` (a CTE of the guarded update) has
 * a row: the day count (`day`, empty when the limit was reached meanwhile), the sighting and
 * participation, and the sharer's credit decided now (the fraud history counts this help).
 */
export function helperWriteCtes(
  p: SqlParams,
  e: {
    target: string;
    row: HelperFactsRow;
    campaign: CampaignConfig;
    dailyLimit: number;
    refId: string;
    caller: Caller;
    now: Date;
  },
): string {
  const campaign = p.add(e.campaign.id);
  const helper = p.add(e.caller.openid);
  const at = `${p.add(e.now)}::timestamptz`;
  let credit = '';
  if (e.row.sharer_openid && e.row.attributed_at) {
    const attribution = {
      sharer_openid: e.row.sharer_openid,
      attributed_at: new Date(e.row.attributed_at),
    };
    const event = {
      campaign: e.campaign,
      inviteeOpenid: e.caller.openid,
      stage: 'helped' as const,
      refId: e.refId,
      clientIp: e.caller.clientIp ?? null,
      now: e.now,
    };
    const history = e.row.history ?? { recent: null, helps: 0, visits: 0, starts: 0, orders: 0 };
    const row = conversionFor(
      event,
      attribution,
      fraudFlagsFrom(event, attribution.sharer_openid, { ...history, helps: history.helps + 1 }),
    );
    if (row) {
      credit = `,
     credit as (
       insert into conversion (id, campaign_id, invitee_openid, sharer_openid, stage, ref_id, xp,
         status, hold_until, flags, created_at)
       select ${p.add(row.id)}, ${campaign}, ${helper}, ${p.add(row.sharerOpenid)}, 'helped', id,
         ${p.add(row.xp)}::integer, ${p.add(row.status)}, ${p.add(row.holdUntil)}::timestamptz,
         ${p.add(row.flags)}::jsonb, ${at}
       from ${e.target}
       on conflict (campaign_id, invitee_openid, stage, ref_id) do nothing
     )`;
    }
  }
  return `day as (
       insert into helper_day (campaign_id, helper_openid, day, helps)
       select ${campaign}, ${helper}, ${p.add(chinaDay(e.now))}::date, 1 from ${e.target}
       on conflict (campaign_id, helper_openid, day) do update
         set helps = helper_day.helps + 1
         where helper_day.helps < ${p.add(e.dailyLimit)}::integer
       returning helps
     ),
     first_seen as (
       insert into app_user (openid, first_seen_at, first_campaign_id)
       select ${helper}, ${at}, ${campaign} from ${e.target}
       on conflict (openid) do nothing
     ),
     participant as (
       insert into campaign_user (campaign_id, openid, first_seen_at, participated_at)
       select ${campaign}, ${helper}, ${at}, ${at} from ${e.target}
       on conflict (campaign_id, openid) do update
         set participated_at = coalesce(campaign_user.participated_at, excluded.participated_at)
     )${credit}`;
}
