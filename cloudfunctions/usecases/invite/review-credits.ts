import type { Deps } from '../deps';
import { sqlParams } from '../../store/refused-in-statement';
import { outboxCte } from '../outbox/outbox-cte';

/**
 * A merchant's decision on flagged credits (unflagged ones are not up for review). Approval
 * clears the flag (an order credit still waits out its refund hold) and tells the sharer
 * (credit.approved, in the same statement); rejection is final. Only pending credits of this
 * campaign move, each once (`reviewed_at is null`).
 */
export async function reviewCredits(
  input: { campaignId: string; creditIds: string[]; decision: 'approve' | 'reject' },
  { store, clock }: Deps,
): Promise<{ reviewed: number }> {
  const now = clock();
  const p = sqlParams();
  const approve = `${p.add(input.decision === 'approve')}::boolean`;
  const told = outboxCte(p, 'told', {
    eventType: 'credit.approved',
    from: 'reviewed r',
    where: approve,
    recipientOpenid: 'r.sharer_openid',
    idempotencyKey: "'credit.approved:' || r.id",
    campaignId: 'r.campaign_id',
    target: null,
    now,
    payload: {
      campaignId: 'r.campaign_id',
      conversionId: 'r.id',
      sharerOpenid: 'r.sharer_openid',
      inviteeOpenid: 'r.invitee_openid',
      stage: 'r.stage',
      xp: 'r.xp',
    },
  });
  const rows = await store.query(
    `with reviewed as (
       update conversion
          set reviewed_at = ${p.add(now)}::timestamptz,
              status = case when ${approve} then status else 'rejected' end
        where campaign_id = ${p.add(input.campaignId)}
          and id = any(${p.add(input.creditIds)}::text[])
          and status = 'pending' and flags <> '[]'::jsonb and reviewed_at is null
        returning id, campaign_id, sharer_openid, invitee_openid, stage, xp
     ),
     ${told}
     select id from reviewed`,
    p.values,
  );
  return { reviewed: rows.length };
}
