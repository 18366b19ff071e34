import { AppError } from '../../contracts/errors';
import type { PacketClaimResult } from '../../contracts/packet';
import { claimRefusal, packetStatusAt } from '../../domain/packet/decide-claim';
import { chinaDay } from '../../domain/shared/china-day';
import { keepsPromises } from '../../domain/campaign/campaign-lifecycle';
import type { Caller, Deps } from '../deps';
import { sqlParams } from '../../store/refused-in-statement';
import type { Sql } from '../../store/store';
import { findCampaign, unknownCampaign } from '../campaign/find-campaign';
import { seeUser } from '../campaign/see-user';
import { COUPON_COLUMNS, toCouponView, type CouponRow } from '../coupon/coupon-row';
import { issueCoupon } from '../coupon/issue-coupon';
import { REFUSAL_MESSAGES } from '../coupon/refusal-messages';
import { outboxCte } from '../outbox/outbox-cte';
import { PACKET_COLUMNS, PACKET_MESSAGES, type PacketRow } from './packet-row';
import { packetView } from './packet-view';

/**
 * A friend claims one coupon from a packet. Under the packet's row lock: a friend who already
 * claimed gets their coupon back; otherwise the rules decide, the per-day limit moves by a
 * conditional upsert, the next slot (first come first served) is taken by a conditional
 * update, and the packet's count by another (`claimed < slots`, with a CHECK behind it), so
 * no number of concurrent friends can take more coupons than the packet holds. The sharer is
 * told (packet.claimed) by the statement that puts the coupon in the slot.
 */
export async function claimPacket(
  input: { packetId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<PacketClaimResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const [packet] = await tx.query<PacketRow>(
      `select ${PACKET_COLUMNS} from packet where id = $1 for update`,
      [input.packetId],
    );
    if (!packet) throw new AppError('NOT_FOUND', `no packet "${input.packetId}"`);

    const [claimed] = await tx.query<CouponRow>(
      `select ${COUPON_COLUMNS} from coupon
        where id = (select coupon_id from packet_slot where packet_id = $1 and claimer_openid = $2)`,
      [packet.id, caller.openid],
    );
    if (claimed) {
      return {
        packet: await packetView(tx, packet, caller, now),
        coupon: toCouponView(claimed, now),
        replayed: true,
      };
    }

    const campaign = await findCampaign(tx, packet.campaign_id);
    const refusal = claimRefusal({
      status: packetStatusAt(
        { slots: packet.slots, claimed: packet.claimed, endsAt: packet.ends_at },
        now,
      ),
      isSharer: caller.openid === packet.sharer_openid,
      claimsPerDay: packet.settings.claimsPerDay,
    });
    if (refusal) throw new AppError(refusal, PACKET_MESSAGES[refusal]);
    // A shared packet is a promise to its sharer: it stays claimable until it closes, also
    // once the merchant paused or ended the campaign.
    if (!keepsPromises(campaign.status)) throw unknownCampaign(campaign.id);
    if (
      !(await countClaimDay(
        tx,
        packet.campaign_id,
        caller.openid,
        packet.settings.claimsPerDay,
        now,
      ))
    ) {
      throw new AppError('CLAIM_LIMIT', PACKET_MESSAGES.CLAIM_LIMIT);
    }

    const [slot] = await tx.query<{ seq: number; value_fen: number }>(
      `update packet_slot set claimer_openid = $2, claimed_at = $3
        where packet_id = $1 and claimer_openid is null
          and seq = (select min(seq) from packet_slot where packet_id = $1 and claimer_openid is null)
        returning seq, value_fen`,
      [packet.id, caller.openid, now],
    );
    const counted = await tx.query(
      'update packet set claimed = claimed + 1 where id = $1 and claimed < slots returning id',
      [packet.id],
    );
    if (!slot || counted.length === 0) {
      throw new AppError('PACKET_EMPTY', PACKET_MESSAGES.PACKET_EMPTY);
    }
    packet.claimed += 1;

    const issued = await issueCoupon(tx, {
      templateId: packet.template_id,
      ownerOpenid: caller.openid,
      reason: 'packet',
      idempotencyKey: `packet:${packet.id}:${caller.openid}`,
      now,
      valueFen: slot.value_fen,
    });
    if (!issued.ok) throw new AppError(issued.code, REFUSAL_MESSAGES[issued.code]);
    await fillSlot(tx, packet, slot.seq, issued.coupon.id, now);
    await seeUser(tx, caller.openid, packet.campaign_id, now);
    return {
      packet: await packetView(tx, packet, caller, now),
      coupon: toCouponView(issued.coupon, now),
      replayed: false,
    };
  });
}

/** Counts one claim toward the person's daily limit in the campaign; false when reached. */
async function countClaimDay(
  sql: Sql,
  campaignId: string,
  openid: string,
  limit: number,
  now: Date,
): Promise<boolean> {
  const rows = await sql.query(
    `insert into packet_claim_day (campaign_id, openid, day, claims)
     values ($1, $2, $3, 1)
     on conflict (campaign_id, openid, day) do update
       set claims = packet_claim_day.claims + 1
       where packet_claim_day.claims < $4
     returning claims`,
    [campaignId, openid, chinaDay(now), limit],
  );
  return rows.length > 0;
}

/**
 * Puts the claimed coupon in its slot and records packet.claimed for the sharer, in one
 * statement: the payload is the filled slot's. No target: nobody subscribes to a packet.
 */
async function fillSlot(
  tx: Sql,
  packet: PacketRow,
  seq: number,
  couponId: string,
  now: Date,
): Promise<void> {
  const p = sqlParams();
  const sharer = `${p.add(packet.sharer_openid)}::text`;
  const campaign = `${p.add(packet.campaign_id)}::text`;
  await tx.query(
    `with slot as (
       update packet_slot set coupon_id = ${p.add(couponId)}
        where packet_id = ${p.add(packet.id)} and seq = ${p.add(seq)}::integer
        returning packet_id, claimer_openid, coupon_id, value_fen
     ),
     ${outboxCte(p, 'told', {
       eventType: 'packet.claimed',
       from: 'slot',
       recipientOpenid: sharer,
       idempotencyKey: "'packet.claimed:' || slot.packet_id || ':' || slot.claimer_openid",
       campaignId: campaign,
       target: null,
       now,
       payload: {
         campaignId: campaign,
         packetId: 'slot.packet_id',
         sharerOpenid: sharer,
         claimerOpenid: 'slot.claimer_openid',
         couponId: 'slot.coupon_id',
         amountFen: 'slot.value_fen',
       },
     })}
     select 1 from slot`,
    p.values,
  );
}
