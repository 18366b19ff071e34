import { AppError } from '../../contracts/errors';
import { decideStart } from '../../domain/help/decide-start';
import type { Caller } from '../deps';
import type { Sql } from '../../store/store';
import { campaignWindowOf, unknownCampaign, type StoredCampaign } from '../campaign/find-campaign';
import { startsSoFar, type LapsedStarts } from './help-facts';
import { HELP_MESSAGES } from './help-messages';

/**
 * The start rule for bargains and assists, inside the start transaction: hand back the
 * caller's active one, or say when a new one ends, or refuse with a typed error. The caller
 * has already expired its lapsed ones and passes its active one, if any, and which lapsed
 * starts the limit gives back.
 */
export async function decideStartIn<R extends { ends_at: Date }>(
  tx: Sql,
  campaign: StoredCampaign,
  settings: { maxStartsPerUser: number; durationHours: number },
  caller: Caller,
  active: R | undefined,
  now: Date,
  lapsed: LapsedStarts = null,
): Promise<{ action: 'reuse'; existing: R } | { action: 'start'; endsAt: Date }> {
  const decision = decideStart({
    startsSoFar: await startsSoFar(tx, campaign.id, caller.openid, lapsed),
    maxStartsPerUser: settings.maxStartsPerUser,
    activeExisting: active ? { ...active, endsAt: active.ends_at } : null,
    campaignStatus: campaign.status,
    campaignWindow: campaignWindowOf(campaign.config),
    durationHours: settings.durationHours,
    now,
  });
  if (!decision.ok) {
    if (decision.code === 'NOT_FOUND') throw unknownCampaign(campaign.id);
    throw new AppError(decision.code, HELP_MESSAGES[decision.code]);
  }
  if (decision.action === 'reuse') return { action: 'reuse', existing: active as R };
  return decision;
}
