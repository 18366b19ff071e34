import { creditFor } from '../../domain/attribution/conversion-credit';
import { newId } from '../../domain/shared/ids';
import type { Sql } from '../../store/store';
import { findCampaign } from '../campaign/find-campaign';

const DAY_MS = 86_400_000;

/**
 * A friend bought with a coupon claimed from someone's circle post: the poster earns
 * experience (never cash), held through the refund window like any order credit, once per
 * order (the conversion's unique key). It counts for as long as the coupon was valid,
 * measured from the claim, so a coupon used on its last day still credits its poster.
 */
export async function creditCircleUse(
  tx: Sql,
  use: { couponId: string; orderId: string },
  now: Date,
): Promise<void> {
  const [claim] = await tx.query<{
    campaign_id: string;
    poster_openid: string;
    claimer_openid: string;
    claimed_at: Date;
    expires_at: Date;
  }>(
    `select p.campaign_id, p.poster_openid, cc.claimer_openid, cc.claimed_at, c.expires_at
       from circle_claim cc
       join circle_post p on p.id = cc.post_id
       join coupon c on c.id = cc.coupon_id
      where cc.coupon_id = $1`,
    [use.couponId],
  );
  if (!claim) return;
  const campaign = await findCampaign(tx, claim.campaign_id);
  const decision = creditFor({
    stage: 'coupon_used',
    attributedAt: claim.claimed_at,
    windowDays: Math.ceil((claim.expires_at.getTime() - claim.claimed_at.getTime()) / DAY_MS) + 1,
    orderHoldDays: campaign.config.invite.orderHoldDays,
    flagged: false,
    now,
  });
  if (!decision.credit) return;
  await tx.query(
    `insert into conversion (id, campaign_id, invitee_openid, sharer_openid, stage, ref_id, xp,
       status, hold_until, flags, created_at)
     values ($1, $2, $3, $4, 'coupon_used', $5, $6, $7, $8, '[]', $9)
     on conflict (campaign_id, invitee_openid, stage, ref_id) do nothing`,
    [
      newId('cnv'),
      claim.campaign_id,
      claim.claimer_openid,
      claim.poster_openid,
      use.orderId,
      decision.xp,
      decision.status,
      decision.holdUntil,
      now,
    ],
  );
}
