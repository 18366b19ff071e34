import type { PacketClaimRefusal, PacketStatusView } from '../../contracts/packet';

export type PacketStatus = PacketStatusView;

/** A packet's status at `now`: empty once every coupon is claimed, else expired from `endsAt`. */
export function packetStatusAt(
  packet: { slots: number; claimed: number; endsAt: Date },
  now: Date,
): PacketStatus {
  if (packet.claimed >= packet.slots) return 'empty';
  return now.getTime() >= packet.endsAt.getTime() ? 'expired' : 'open';
}

export interface ClaimFacts {
  status: PacketStatus;
  isSharer: boolean;
  /**
   * Coupons this person already claimed from the campaign's packets today (China time), when
   * known. A claim leaves it out: there the
   * daily limit is enforced by the conditional write that counts the claim, not by a read.
   */
  claimsToday?: number;
  claimsPerDay: number;
}

/**
 * Why this person may not claim from the packet, or null when they may. The sharer vouches
 * for the product to friends, so their own packet is not for them; an empty packet says so
 * before an expired one (nothing was left to miss). Someone who already claimed is not
 * refused: their claim is answered with the coupon they got.
 */
export function claimRefusal(facts: ClaimFacts): PacketClaimRefusal | null {
  if (facts.isSharer) return 'SELF_CLAIM';
  if (facts.status === 'empty') return 'PACKET_EMPTY';
  if (facts.status === 'expired') return 'EXPIRED';
  if (facts.claimsToday !== undefined && facts.claimsToday >= facts.claimsPerDay) {
    return 'CLAIM_LIMIT';
  }
  return null;
}
