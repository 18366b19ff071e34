import type { GroupJoinRefusal, GroupStatusView, SeatStatus } from '../../contracts/group';

export type GroupStatus = GroupStatusView;

export interface GroupFacts {
  status: GroupStatus;
  endsAt: Date;
  size: number;
  /** Paid seats. */
  members: number;
  onShort: 'fail' | 'complete';
}

/**
 * A group's status at `now`. An open group past its deadline is settled by its config: it
 * completes with those who paid when the merchant chose so (and someone paid), else it fails.
 */
export function groupStatusAt(group: GroupFacts, now: Date): GroupStatus {
  if (group.status !== 'open' || now.getTime() < group.endsAt.getTime()) return group.status;
  return group.onShort === 'complete' && group.members >= 1 ? 'completed' : 'failed';
}

/** Seats a friend can still take: not paid, and not held for someone still inside their window. */
export function seatsLeft(group: { size: number; members: number }, liveHolds: number): number {
  return Math.max(group.size - group.members - liveHolds, 0);
}

/** Whether a held seat still waits for its holder's payment at `now`. */
export function holdIsLive(holdUntil: Date, now: Date): boolean {
  return now.getTime() < holdUntil.getTime();
}

/** When a seat taken now stops waiting for payment: the payment window, cut at the deadline. */
export function holdUntil(now: Date, paymentMinutes: number, endsAt: Date): Date {
  return new Date(Math.min(now.getTime() + paymentMinutes * 60_000, endsAt.getTime()));
}

/**
 * Why the viewer cannot take a seat, or null when they can. Someone who holds or paid a seat
 * is not refused (a retried tap gets their seat back); a settled group says how it ended.
 */
export function joinRefusal(facts: {
  status: GroupStatus;
  /** False only for a campaign a shopper cannot see: a paused or ended one keeps its groups. */
  campaignKeepsPromises: boolean;
  seatsLeft: number;
  viewerSeat: SeatStatus | null;
}): GroupJoinRefusal | null {
  if (facts.viewerSeat === 'held' || facts.viewerSeat === 'paid') return null;
  if (facts.status === 'completed') return 'CLOSED';
  if (facts.status === 'failed') return 'EXPIRED';
  if (!facts.campaignKeepsPromises) return 'NOT_LIVE';
  if (facts.seatsLeft <= 0) return 'GROUP_FULL';
  return null;
}
