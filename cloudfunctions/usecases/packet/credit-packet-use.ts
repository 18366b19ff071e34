import { creditFor } from '../../domain/attribution/conversion-credit';
import { newId } from '../../domain/shared/ids';
import type { Sql } from '../../store/store';
import { findCampaign } from '../campaign/find-campaign';

/**
 * A friend used a coupon from someone's packet in a reported order: the packet's sharer earns
 * experience (never cash), held through the refund window like any order credit, once per
 * order. Counted for as long as the coupon was valid, measured from the claim.
 */
export async function creditPacketUse(
  tx: Sql,
  use: { couponId: string; orderId: string },
  now: Date,
): Promise<void> {
  const [slot] = await tx.query<{
    campaign_id: string;
    sharer_openid: string;
    claimer_openid: string;
    claimed_at: Date;
    valid_days: number;
  }>(
    `select p.campaign_id, p.sharer_openid, s.claimer_openid, s.claimed_at,
            (p.settings->>'validDays')::int as valid_days
       from packet_slot s join packet p on p.id = s.packet_id
      where s.coupon_id = $1`,
    [use.couponId],
  );
  if (!slot) return;
  const campaign = await findCampaign(tx, slot.campaign_id);
  const decision = creditFor({
    stage: 'coupon_used',
    attributedAt: slot.claimed_at,
    windowDays: slot.valid_days + 1,
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
      slot.campaign_id,
      slot.claimer_openid,
      slot.sharer_openid,
      use.orderId,
      decision.xp,
      decision.status,
      decision.holdUntil,
      now,
    ],
  );
}
