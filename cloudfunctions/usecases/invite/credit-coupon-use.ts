import { creditFor } from '../../domain/attribution/conversion-credit';
import { newId } from '../../domain/shared/ids';
import type { Sql } from '../../store/store';
import { findCampaign } from '../campaign/find-campaign';

/** Who passed a used coupon on, from wherever friends claim coupons someone shared. */
interface CouponShare {
  campaign_id: string;
  sharer_openid: string;
  claimer_openid: string;
  claimed_at: Date;
  /** How long the use counts for: the coupon's validity from the claim, plus a day. */
  window_days: number;
}

/**
 * A friend bought with a coupon someone shared — from a packet (its sharer) or a circle post
 * (its poster): that person earns experience (never cash), held through the refund window like
 * any order credit, once per order (the conversion's unique key). The use counts for as long
 * as the coupon was valid, measured from the claim, so one used on its last day still credits.
 * One read finds the share wherever it came from; a coupon nobody shared credits nobody.
 */
export async function creditCouponUse(
  tx: Sql,
  use: { couponId: string; orderId: string },
  now: Date,
): Promise<void> {
  const [share] = await tx.query<CouponShare>(
    `select p.campaign_id, p.sharer_openid, s.claimer_openid, s.claimed_at,
            (p.settings->>'validDays')::int + 1 as window_days
       from packet_slot s join packet p on p.id = s.packet_id
      where s.coupon_id = $1
     union all
     select p.campaign_id, p.poster_openid, cc.claimer_openid, cc.claimed_at,
            ceil(extract(epoch from c.expires_at - cc.claimed_at) / 86400)::int + 1
       from circle_claim cc
       join circle_post p on p.id = cc.post_id
       join coupon c on c.id = cc.coupon_id
      where cc.coupon_id = $1`,
    [use.couponId],
  );
  if (!share) return;
  const campaign = await findCampaign(tx, share.campaign_id);
  const decision = creditFor({
    stage: 'coupon_used',
    attributedAt: share.claimed_at,
    windowDays: share.window_days,
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
      share.campaign_id,
      share.claimer_openid,
      share.sharer_openid,
      use.orderId,
      decision.xp,
      decision.status,
      decision.holdUntil,
      now,
    ],
  );
}
