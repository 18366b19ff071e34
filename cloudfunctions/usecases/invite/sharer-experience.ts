import type { Sql } from '../../store/store';
import { creditStatusSql } from './credit-status-sql';

/**
 * A sharer's experience: confirmed (counted toward their level and rank) and pending (a credit
 * still waiting out its refund window or a merchant's review). Rejected credits earn nothing.
 */
export interface Experience {
  xp: number;
  pendingXp: number;
}

export const NO_EXPERIENCE: Experience = { xp: 0, pendingXp: 0 };

/**
 * The one reading of experience every page shows — the sharer's own invites page, their
 * packet, the merchant's stats — so the same credit is the same number, in the same state,
 * wherever it appears. Scoped to a campaign (or all), to some sharers, and optionally to the
 * credits a packet's coupons earned.
 */
export async function sharerExperience(
  sql: Sql,
  scope: { sharers: readonly string[]; campaignId?: string | null; packetId?: string },
  now: Date,
): Promise<Map<string, Experience>> {
  const out = new Map<string, Experience>();
  if (scope.sharers.length === 0) return out;
  const status = creditStatusSql('c', '$3');
  const rows = await sql.query<{ openid: string; xp: number; pending_xp: number }>(
    `select c.sharer_openid as openid,
            coalesce(sum(c.xp) filter (where ${status} = 'counted'), 0)::int as xp,
            coalesce(sum(c.xp) filter (where ${status} = 'pending'), 0)::int as pending_xp
       from conversion c
      where c.sharer_openid = any($1::text[]) and ($2::text is null or c.campaign_id = $2)
        and ($4::text is null or (c.stage = 'coupon_used' and c.ref_id in (
              select k.redeemed_order_id from packet_slot s join coupon k on k.id = s.coupon_id
               where s.packet_id = $4 and k.redeemed_order_id is not null)))
      group by 1`,
    [scope.sharers, scope.campaignId ?? null, now, scope.packetId ?? null],
  );
  for (const r of rows) out.set(r.openid, { xp: r.xp, pendingXp: r.pending_xp });
  return out;
}
