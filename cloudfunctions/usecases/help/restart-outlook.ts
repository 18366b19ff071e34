import type { RestartRefusalCode } from '../../contracts/help';
import { decideStart } from '../../domain/help/decide-start';
import type { Sql } from '../../store/store';
import { campaignWindowOf, findCampaign } from '../campaign/find-campaign';
import { lapsedStartsOf, startsSoFar, type HelpKind } from './help-facts';

export interface RestartOutlook {
  canRestart: boolean;
  restartRefusal: RestartRefusalCode | null;
}

export const NO_RESTART: RestartOutlook = { canRestart: false, restartRefusal: null };

/**
 * Whether the initiator of a lapsed bargain or assist would be let start again if they tapped
 * now: the same rule and the same counts as the start itself (decideStart), so the page never
 * offers a restart the start would refuse. Read only for a lapsed one shown to its initiator.
 */
export async function restartOutlook(
  sql: Sql,
  kind: HelpKind,
  target: { campaign_id: string; initiator_openid: string },
  settings: { maxStartsPerUser: number; durationHours: number; restartAfterExpiry?: boolean },
  now: Date,
): Promise<RestartOutlook> {
  const campaign = await findCampaign(sql, target.campaign_id);
  const [active] = await sql.query<{ ends_at: Date }>(
    `select ends_at from ${kind} where campaign_id = $1 and initiator_openid = $2
        and status = 'active' and ends_at > $3`,
    [target.campaign_id, target.initiator_openid, now],
  );
  const decision = decideStart({
    startsSoFar: await startsSoFar(
      sql,
      target.campaign_id,
      target.initiator_openid,
      lapsedStartsOf(kind, settings, now),
    ),
    maxStartsPerUser: settings.maxStartsPerUser,
    activeExisting: active ? { endsAt: active.ends_at } : null,
    campaignStatus: campaign.status,
    campaignWindow: campaignWindowOf(campaign.config),
    durationHours: settings.durationHours,
    now,
  });
  if (decision.ok) return { canRestart: true, restartRefusal: null };
  // A draft never has bargains: NOT_FOUND cannot come from a stored one, and reads as closed.
  return {
    canRestart: false,
    restartRefusal: decision.code === 'NOT_FOUND' ? 'NOT_LIVE' : decision.code,
  };
}
