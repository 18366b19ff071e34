import type { Deps } from '../../functions/caller';

/**
 * A merchant's decision on flagged credits (unflagged ones are not up for review). Approval clears the flag (an order credit still
 * waits out its refund hold); rejection is final. Only pending credits of this campaign move.
 */
export async function reviewCredits(
  input: { campaignId: string; creditIds: string[]; decision: 'approve' | 'reject' },
  { store, clock }: Deps,
): Promise<{ reviewed: number }> {
  const rows = await store.query(
    `update conversion
        set reviewed_at = $4,
            status = case when $3 = 'reject' then 'rejected' else status end
      where campaign_id = $1 and id = any($2::text[]) and status = 'pending'
        and flags <> '[]'::jsonb and reviewed_at is null
      returning id`,
    [input.campaignId, input.creditIds, input.decision, clock()],
  );
  return { reviewed: rows.length };
}
