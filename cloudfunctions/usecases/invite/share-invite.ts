import { AppError } from '../../contracts/errors';
import type { InviteShareResult, SubjectKind } from '../../contracts/invite';
import { landingPath, newShareToken, subjectKindOf } from '../../domain/attribution/share-token';
import type { Caller, Deps } from '../deps';
import { keepsPromises } from '../../domain/campaign/campaign-lifecycle';
import { findCampaign, unknownCampaign } from '../campaign/find-campaign';
import { seeUser } from '../campaign/see-user';

/**
 * What makes a subject the caller's to share: their own bargain or assist, a group they hold
 * or paid a seat in (any member may bring friends to fill it), their own packet.
 */
const SUBJECT_OWNED_SQL: Record<SubjectKind, string> = {
  bargain: 'select 1 from bargain where id = $1 and campaign_id = $2 and initiator_openid = $3',
  assist: 'select 1 from assist where id = $1 and campaign_id = $2 and initiator_openid = $3',
  group: `select 1 from group_seat s join group_buy g on g.id = s.group_id
           where g.id = $1 and g.campaign_id = $2 and s.openid = $3 and s.status in ('held', 'paid')`,
  packet: 'select 1 from packet where id = $1 and campaign_id = $2 and sharer_openid = $3',
};

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
    // Paused or ended, what started still needs friends: a bargain is shared to be helped.
    if (!keepsPromises(campaign.status)) throw unknownCampaign(campaign.id);
    if (input.subjectId) {
      const kind = subjectKindOf(input.subjectId);
      const [own] = await tx.query(SUBJECT_OWNED_SQL[kind], [
        input.subjectId,
        campaign.id,
        caller.openid,
      ]);
      if (!own)
        throw new AppError(
          'NOT_FOUND',
          `no ${kind} "${input.subjectId}" of yours in this campaign`,
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
