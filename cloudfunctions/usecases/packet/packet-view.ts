import { NO_EXPERIENCE, sharerExperience } from '../invite/sharer-experience';
import type { PacketView } from '../../contracts/packet';
import { chinaDay } from '../../domain/shared/china-day';
import { claimRefusal, packetStatusAt } from '../../domain/packet/decide-claim';
import { packetDisclosure } from '../../domain/packet/packet-amounts';
import { maskName } from '../../domain/shared/mask-name';
import type { Caller } from '../deps';
import type { Sql } from '../../store/store';
import { COUPON_COLUMNS, toCouponView, type CouponRow } from '../coupon/coupon-row';
import type { PacketRow } from './packet-row';

interface SlotRow {
  seq: number;
  value_fen: number;
  claimer_openid: string | null;
  claimed_at: Date | null;
  coupon_id: string | null;
}

/**
 * The packet as `viewer` may see it: what it promised, who claimed what (masked), what the
 * viewer may do, and for the sharer how the friends' coupons went. A random packet keeps its
 * unclaimed amounts hidden: each is revealed to the friend who claims it.
 */
export async function packetView(
  sql: Sql,
  row: PacketRow,
  viewer: Caller,
  now: Date,
): Promise<PacketView> {
  const isSharer = viewer.openid === row.sharer_openid;
  const [slots, [facts]] = await Promise.all([
    sql.query<SlotRow>(
      `select seq, value_fen, claimer_openid, claimed_at, coupon_id from packet_slot
        where packet_id = $1 order by seq`,
      [row.id],
    ),
    sql.query<{ claims_today: number | null; used: number }>(
      `select
         (select claims from packet_claim_day where campaign_id = $2 and openid = $3 and day = $4) as claims_today,
         (select count(*)::int from packet_slot s join coupon c on c.id = s.coupon_id
           where s.packet_id = $1 and c.status = 'redeemed') as used`,
      [row.id, row.campaign_id, viewer.openid, chinaDay(now)],
    ),
  ]);
  const mine = slots.find((s) => s.claimer_openid === viewer.openid);
  const [coupon] = mine?.coupon_id
    ? await sql.query<CouponRow>(`select ${COUPON_COLUMNS} from coupon where id = $1`, [
        mine.coupon_id,
      ])
    : [];
  const status = packetStatusAt(
    { slots: row.slots, claimed: row.claimed, endsAt: row.ends_at },
    now,
  );
  const refusal = mine
    ? null
    : claimRefusal({
        status,
        isSharer,
        claimsToday: facts?.claims_today ?? 0,
        claimsPerDay: row.settings.claimsPerDay,
      });
  const hidden = row.settings.amounts.kind === 'random';
  const nameOf = (openid: string) => (openid === viewer.openid ? '我' : maskName(openid));
  return {
    id: row.id,
    campaignId: row.campaign_id,
    sharerName: nameOf(row.sharer_openid),
    status,
    title: row.settings.title,
    minSpendFen: row.settings.minSpendFen,
    validDays: row.settings.validDays,
    disclosure: packetDisclosure(row.settings.amounts),
    slots: slots.map((s) => ({
      seq: s.seq,
      valueFen: s.claimer_openid || !hidden ? s.value_fen : null,
      claimerName: s.claimer_openid ? nameOf(s.claimer_openid) : null,
      claimedAt: s.claimed_at ? s.claimed_at.toISOString() : null,
    })),
    claimed: row.claimed,
    createdAt: row.created_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    viewer: {
      isSharer,
      coupon: coupon ? toCouponView(coupon, now) : null,
      canClaim: !mine && refusal === null,
      claimRefusal: refusal,
    },
    sharerStats: isSharer
      ? {
          used: facts?.used ?? 0,
          ...((
            await sharerExperience(sql, { sharers: [row.sharer_openid], packetId: row.id }, now)
          ).get(row.sharer_openid) ?? NO_EXPERIENCE),
        }
      : null,
    serverNow: now.toISOString(),
  };
}
