import { AppError } from '../../contracts/errors';
import type { InviteShareResult } from '../../contracts/invite';
import { landingPath, newShareToken } from '../../domain/attribution/share-token';
import type { Caller, Deps } from '../../functions/caller';
import { findCampaign } from '../campaign/find-campaign';
import { seeUser } from '../campaign/see-user';

/**
 * A share card's token for the caller. Sharing earns nothing by itself (WeChat forbids
 * rewarding the act of sharing); the token only lets later real actions be credited.
 */
export async function shareInvite(
  input: { campaignId: string; subjectId?: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<InviteShareResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const campaign = await findCampaign(tx, input.campaignId);
    if (campaign.status !== 'live') throw new AppError('NOT_LIVE', 'the campaign is not running');
    if (input.subjectId) {
      const table = input.subjectId.startsWith('brg_') ? 'bargain' : 'assist';
      const [own] = await tx.query(
        `select 1 from ${table} where id = $1 and campaign_id = $2 and initiator_openid = $3`,
        [input.subjectId, campaign.id, caller.openid],
      );
      if (!own)
        throw new AppError(
          'NOT_FOUND',
          `no ${table} "${input.subjectId}" of yours in this campaign`,
        );
    }
    // The sharer is now known to the campaign, so their own later visits are never "new".
    await seeUser(tx, caller.openid, campaign.id, now);
    const token = newShareToken();
    await tx.query(
      `insert into share_token (token, campaign_id, sharer_openid, subject_id, created_at)
       values ($1, $2, $3, $4, $5)`,
      [token, campaign.id, caller.openid, input.subjectId ?? null, now],
    );
    return { token, path: landingPath(campaign.id, token) };
  });
}
