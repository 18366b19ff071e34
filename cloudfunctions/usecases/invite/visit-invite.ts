import { AppError } from '../../contracts/errors';
import type { InviteVisitResult } from '../../contracts/invite';
import { decideAttribution } from '../../domain/attribution/decide-attribution';
import { subjectKindOf } from '../../domain/attribution/share-token';
import type { Caller, Deps } from '../deps';
import { findCampaign } from '../campaign/find-campaign';
import { seeUser } from '../campaign/see-user';
import { creditConversion } from './credit-conversion';
import { invitedBy } from './invited-by';

/**
 * An arrival on a landing page, called once per launch. Newness is decided by the campaign's
 * first sighting of the person (a conditional insert: of two concurrent first visits exactly
 * one is new), and the attribution's primary key lets only the first sharer win. The scene is
 * recorded for statistics; attribution follows the token.
 */
export async function visitInvite(
  input: { campaignId?: string; token?: string; scene?: number },
  caller: Caller,
  { store, clock }: Deps,
): Promise<InviteVisitResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const [found] = input.token
      ? await tx.query<{
          token: string;
          campaign_id: string;
          sharer_openid: string;
          subject_id: string | null;
          created_at: Date;
        }>(
          'select token, campaign_id, sharer_openid, subject_id, created_at from share_token where token = $1',
          [input.token],
        )
      : [];
    const campaignId = input.campaignId ?? found?.campaign_id;
    if (!campaignId) throw new AppError('NOT_FOUND', 'unknown share token');
    const campaign = await findCampaign(tx, campaignId);
    if (campaign.status === 'draft') {
      if (caller.role !== 'merchant')
        throw new AppError('NOT_FOUND', `no campaign "${campaignId}"`);
      // A merchant previewing a draft leaves no trace.
      return { campaignId, isNewUser: false, invitedBy: null, subject: null };
    }
    // A token from another campaign (an edited card, a stale link) simply brings no credit.
    const token = found?.campaign_id === campaign.id ? found : undefined;
    const firstSighting = await seeUser(tx, caller.openid, campaign.id, now);
    const [existing] = await tx.query<{ sharer_openid: string }>(
      'select sharer_openid from attribution where campaign_id = $1 and invitee_openid = $2',
      [campaign.id, caller.openid],
    );
    const [sharerSource] = token
      ? await tx.query<{ sharer_openid: string }>(
          'select sharer_openid from attribution where campaign_id = $1 and invitee_openid = $2',
          [campaign.id, token.sharer_openid],
        )
      : [];
    const decision = decideAttribution({
      visitorOpenid: caller.openid,
      token: token ? { sharerOpenid: token.sharer_openid, createdAt: token.created_at } : null,
      visitorSeenBefore: !firstSighting,
      existing: existing ? { sharerOpenid: existing.sharer_openid } : null,
      sharerAttributedTo: sharerSource?.sharer_openid ?? null,
      windowDays: campaign.config.invite.windowDays,
      now,
    });
    // A sharer opening their own card counts for nothing: not a visitor, not an invite.
    if (decision.reason !== 'self-visit') {
      await tx.query(
        `insert into visit (campaign_id, openid, token, scene, client_ip, is_new, visited_at)
         values ($1, $2, $3, $4, $5, $6, $7)`,
        [
          campaign.id,
          caller.openid,
          token?.token ?? null,
          input.scene ?? null,
          caller.clientIp ?? null,
          decision.isNewUser,
          now,
        ],
      );
    }
    if (decision.attribute && token) {
      const inserted = await tx.query(
        `insert into attribution (campaign_id, invitee_openid, sharer_openid, token, client_ip, attributed_at)
         values ($1, $2, $3, $4, $5, $6)
         on conflict (campaign_id, invitee_openid) do nothing
         returning invitee_openid`,
        [
          campaign.id,
          caller.openid,
          token.sharer_openid,
          token.token,
          caller.clientIp ?? null,
          now,
        ],
      );
      if (inserted.length > 0) {
        await creditConversion(tx, {
          campaign: campaign.config,
          inviteeOpenid: caller.openid,
          stage: 'arrived',
          refId: '',
          clientIp: caller.clientIp ?? null,
          now,
        });
      }
    }
    return {
      campaignId: campaign.id,
      isNewUser: decision.isNewUser,
      invitedBy: await invitedBy(tx, campaign.config, caller.openid),
      subject: token?.subject_id
        ? {
            kind: subjectKindOf(token.subject_id),
            id: token.subject_id,
          }
        : null,
    };
  });
}
