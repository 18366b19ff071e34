import { ratio } from './ratio';

/**
 * Distinct people, each counted once per campaign and period. WeChat does not tell anyone
 * how many chats a card went to, so an invite counts when it is opened.
 */
export interface ViralCounts {
  /** People who started a bargain or assist or shared a card: everyone who could invite. */
  participants: number;
  /** People who arrived through someone's share token, new or not. */
  invitesSent: number;
  /** New people attributed to a sharer. */
  invitees: number;
  /** Invitees who went on to start, help or order. */
  inviteesConverted: number;
}

/**
 * The viral coefficient K: invites per participant times the share of invitees who convert.
 * K ≥ 1 means each participant brings in at least one more converted participant, so the
 * campaign grows by itself. Empty denominators give 0, never NaN.
 */
export function viralCoefficient(counts: ViralCounts): number {
  const invitesPerParticipant = ratio(counts.invitesSent, counts.participants);
  const inviteeConversion = ratio(counts.inviteesConverted, counts.invitees);
  return invitesPerParticipant * inviteeConversion;
}
