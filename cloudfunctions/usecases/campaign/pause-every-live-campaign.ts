import { CAMPAIGN_MOVES } from '../../domain/campaign/campaign-lifecycle';
import type { Sql } from '../../store/store';

/**
 * The lifecycle's `pause` (live → paused, as `moveCampaign` makes it) applied to every campaign
 * it applies to, as one conditional update inside the caller's transaction: a notice from
 * WeChat and its pauses commit together. A campaign that moved meanwhile (ended by the
 * merchant) is simply not among them, where listing first and pausing one by one would refuse
 * the whole notice over it. Answers the ids it paused, sorted.
 *
 * Apart from load-campaign.ts so that the `push` bundle does not carry the compliance checker.
 */
export async function pauseEveryLiveCampaign(tx: Sql, now: Date): Promise<string[]> {
  const { from, to } = CAMPAIGN_MOVES.pause;
  const moved = await tx.query<{ id: string }>(
    `update campaign set status = $1, updated_at = $3 where status = any($2::text[])
     returning id`,
    [to, from, now],
  );
  return moved.map((r) => r.id).sort();
}
