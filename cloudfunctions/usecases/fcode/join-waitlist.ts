import { AppError } from '../../contracts/errors';
import type { FcodeJoinResult } from '../../contracts/fcode';
import { newActivityRefusal } from '../../domain/campaign/campaign-lifecycle';
import type { Caller, Deps } from '../deps';
import { campaignWindowOf } from '../campaign/find-campaign';
import { markParticipant, seeUser } from '../campaign/see-user';
import { findFcodeCampaign } from './find-fcode-campaign';
import { FCODE_MESSAGES } from './fcode-messages';
import { settleFcodes } from './fcode-row';
import { fcodeView } from './fcode-view';

/**
 * Joins the waitlist for the next codes. The place in line is drawn under the queue row's
 * lock, which every promotion also takes, so the order people are served in is the order
 * they joined and nobody is served ahead of an earlier joiner who has not committed yet. When
 * codes are waiting for the waitlist (an expired code, a new batch) the settle that follows
 * hands them out at once, in the same order. Joining twice keeps the first place.
 */
export async function joinWaitlist(
  input: { campaignId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<FcodeJoinResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const campaign = await findFcodeCampaign(tx, input.campaignId);
    // Joining is something new: a paused campaign takes no one (what began goes on).
    const refusal = newActivityRefusal(
      { status: campaign.status, window: campaignWindowOf(campaign.config) },
      now,
    );
    if (refusal) throw new AppError(refusal, FCODE_MESSAGES[refusal]);
    const [already] = await tx.query(
      'select 1 from fcode_wait where campaign_id = $1 and openid = $2',
      [campaign.id, caller.openid],
    );
    if (already) return { fcode: await fcodeView(tx, campaign, caller, now), joined: false };
    const [place] = await tx.query<{ joined: string }>(
      `insert into fcode_queue (campaign_id, joined) values ($1, 1)
       on conflict (campaign_id) do update set joined = fcode_queue.joined + 1
       returning joined`,
      [campaign.id],
    );
    const inserted = await tx.query(
      `insert into fcode_wait (campaign_id, openid, seq, status, joined_at)
       values ($1, $2, $3, 'waiting', $4)
       on conflict (campaign_id, openid) do nothing returning seq`,
      [campaign.id, caller.openid, place!.joined, now],
    );
    if (inserted.length > 0) {
      await seeUser(tx, caller.openid, campaign.id, now);
      await markParticipant(tx, caller.openid, campaign.id, now);
      await settleFcodes(tx, campaign, now);
    }
    return { fcode: await fcodeView(tx, campaign, caller, now), joined: inserted.length > 0 };
  });
}
