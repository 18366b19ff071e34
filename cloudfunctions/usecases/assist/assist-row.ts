import type { Sql } from '../../store/store';
import { findHelpTarget, type HelpTargetRow } from '../help/help-target-row';

export interface AssistRow extends HelpTargetRow {
  reward_template_id: string;
}

export const ASSIST_COLUMNS = `id, campaign_id, initiator_openid, status, helps_needed, helps_done, started_at,
  ends_at, completed_at, reward_template_id, reward_coupon_id`;

export function findAssist(sql: Sql, assistId: string): Promise<AssistRow> {
  return findHelpTarget<AssistRow>(sql, 'assist', ASSIST_COLUMNS, assistId);
}

/**
 * Marks lapsed assists expired and gives their reserved reward budget back, in one statement
 * (so a reservation is released exactly when its assist leaves 'active'). Scoped to one
 * person's assists in a campaign, to one reward template's (a start that found its budget
 * all reserved), or all of them for the host's periodic sweep.
 */
export async function expireAssists(
  sql: Sql,
  now: Date,
  scope?: { campaignId: string; initiatorOpenid: string } | { rewardTemplateId: string },
): Promise<number> {
  const mine = scope && 'campaignId' in scope ? scope : null;
  const template = scope && 'rewardTemplateId' in scope ? scope.rewardTemplateId : null;
  const rows = await sql.query<{ n: number }>(
    `with expired as (
       update assist set status = 'expired'
        where status = 'active' and ends_at <= $1
          and ($2::text is null or (campaign_id = $2 and initiator_openid = $3))
          and ($4::text is null or reward_template_id = $4)
        returning reward_template_id
     ), released as (
       update coupon_template t set reserved = t.reserved - e.n
         from (select reward_template_id, count(*)::int as n from expired group by 1) e
        where t.id = e.reward_template_id
     )
     select count(*)::int as n from expired`,
    [now, mine?.campaignId ?? null, mine?.initiatorOpenid ?? null, template],
  );
  return rows[0]?.n ?? 0;
}
