import { heldUntil } from '../../domain/fcode/decide-fcode';
import type { Sql } from '../../store/store';
import type { FcodeCampaignRow } from './fcode-row';

/**
 * Gives up to `count` pooled codes of the holders' batches to one person to hand on (a seed
 * holder, or a buyer passing codes on), earliest batch first. Codes move only from 'pooled'
 * by a conditional update; `skip locked` lets two givers take different codes instead of
 * queueing on the same ones. Returns how many they received (fewer when the pool runs out).
 */
export async function giveCodes(
  tx: Sql,
  campaign: FcodeCampaignRow,
  to: { openid: string; generation: number; kind: 'seeded' | 'passed_on' },
  count: number,
  now: Date,
): Promise<number> {
  if (count <= 0) return 0;
  const given = await tx.query<{ code: string; batch_id: string }>(
    `with picked as (
       select c.code from fcode_code c join fcode_batch b on b.id = c.batch_id
        where c.campaign_id = $1 and c.status = 'pooled' and c.audience = 'holders'
        order by b.number, c.seq
        limit $2
        for update of c skip locked
     )
     update fcode_code c set status = 'held', holder_openid = $3, holder_generation = $4,
            held_until = $5, updated_at = $6
       from picked p where c.code = p.code and c.status = 'pooled'
     returning c.code, c.batch_id`,
    [
      campaign.id,
      count,
      to.openid,
      to.generation,
      heldUntil(now, campaign.config.fcode.holdDays),
      now,
    ],
  );
  if (given.length > 0) {
    await tx.query(
      `insert into fcode_event (code, campaign_id, batch_id, kind, to_openid, generation, at)
       select g.code, $1, g.batch_id, $2, $3, $4, $5
         from jsonb_to_recordset($6::jsonb) as g(code text, batch_id text)`,
      [campaign.id, to.kind, to.openid, to.generation, now, JSON.stringify(given)],
    );
  }
  return given.length;
}
