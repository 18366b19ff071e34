import type { GroupCampaign } from '../../contracts/campaign-config';
import type { GroupView, SeatStatus } from '../../contracts/group';
import { groupStatusAt, holdIsLive, joinRefusal, seatsLeft } from '../../domain/group/decide-join';
import { keepsPromises } from '../../domain/campaign/campaign-lifecycle';
import { maskName } from '../../domain/shared/mask-name';
import type { Caller } from '../deps';
import type { Sql } from '../../store/store';
import type { StoredCampaign } from '../campaign/find-campaign';
import { targetCampaignOf } from '../campaign/target-campaign';
import type { GroupRow } from './group-row';

export interface SeatRow {
  openid: string;
  status: SeatStatus;
  hold_until: Date | null;
  paid_at: Date | null;
  order_id: string | null;
}

/**
 * The group as `viewer` may see it: paid members (leader first, masked), seats held for people
 * paying, seats left, and what the viewer may do. The status is the one at `now`, so a group
 * past its deadline reads as settled even before anything has settled it.
 */
export async function groupView(
  sql: Sql,
  row: GroupRow,
  campaign: StoredCampaign & { config: GroupCampaign },
  viewer: Caller,
  now: Date,
): Promise<GroupView> {
  const seats = await sql.query<SeatRow>(
    `select openid, status, hold_until, paid_at, order_id from group_seat
      where group_id = $1 order by paid_at nulls last, joined_at`,
    [row.id],
  );
  return groupViewFrom(row, campaign, viewer, now, seats);
}

/** groupView from seats already read (a join reads them with its one write). */
export function groupViewFrom(
  row: GroupRow,
  campaign: StoredCampaign & { config: GroupCampaign },
  viewer: Caller,
  now: Date,
  seats: readonly SeatRow[],
): GroupView {
  const nameOf = (openid: string) => (openid === viewer.openid ? '我' : maskName(openid));
  const status = groupStatusAt(
    {
      status: row.status,
      endsAt: row.ends_at,
      size: row.size,
      members: row.members,
      onShort: row.on_short,
    },
    now,
  );
  // A failed group still shows who paid by its deadline (now owed refunds), not late payers.
  const deadline = (row.settled_at ?? row.ends_at).getTime();
  const isMember = (s: SeatRow) =>
    s.paid_at !== null &&
    (s.status === 'paid' ||
      (status === 'failed' && s.status === 'refund_due' && s.paid_at.getTime() <= deadline));
  const paid = seats
    .filter(isMember)
    .sort(
      (a, b) => Number(b.openid === row.leader_openid) - Number(a.openid === row.leader_openid),
    );
  const holding =
    status === 'open'
      ? seats.filter((s) => s.status === 'held' && s.hold_until && holdIsLive(s.hold_until, now))
          .length
      : 0;
  const left = status === 'open' ? seatsLeft({ size: row.size, members: paid.length }, holding) : 0;
  const mine = seats.find((s) => s.openid === viewer.openid);
  // A hold that lapsed reads as released even before the next join gives the seat away.
  const seat: SeatStatus | null =
    mine?.status === 'held' && mine.hold_until && !holdIsLive(mine.hold_until, now)
      ? 'released'
      : (mine?.status ?? null);
  const refusal = joinRefusal({
    status,
    campaignKeepsPromises: keepsPromises(campaign.status),
    seatsLeft: left,
    viewerSeat: seat,
  });
  return {
    id: row.id,
    campaignId: row.campaign_id,
    status,
    size: row.size,
    members: paid.map((s) => ({
      name: nameOf(s.openid),
      avatarUrl: null,
      isLeader: s.openid === row.leader_openid,
      paidAt: (s.paid_at as Date).toISOString(),
    })),
    holding,
    seatsLeft: left,
    groupPriceFen: row.group_price_fen,
    originalPriceFen: campaign.config.product.priceFen,
    onShort: row.on_short,
    leaderName: nameOf(row.leader_openid),
    openedAt: row.opened_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    settledAt: row.settled_at
      ? row.settled_at.toISOString()
      : status === 'open'
        ? null
        : row.ends_at.toISOString(),
    viewer: {
      isLeader: viewer.openid === row.leader_openid,
      seat,
      holdUntil: seat === 'held' && mine?.hold_until ? mine.hold_until.toISOString() : null,
      orderId: mine?.order_id ?? null,
      canJoin: refusal === null && seat !== 'held' && seat !== 'paid',
      joinRefusal: refusal,
    },
    campaign: targetCampaignOf(campaign.config),
    serverNow: now.toISOString(),
  };
}
