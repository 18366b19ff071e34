import type { CampaignStatus } from '../../contracts/campaign';
import { newActivityRefusal } from '../campaign/campaign-lifecycle';
import type { CampaignWindow } from '../shared/is-campaign-live-at';
import { refuse, type Refusal } from '../shared/refusal';

const HOUR_MS = 3_600_000;

export interface StartFacts<T extends { endsAt: Date }> {
  /** Every bargain or assist this person ever started in the campaign, finished ones included. */
  startsSoFar: number;
  maxStartsPerUser: number;
  /** The person's active one in this campaign, if any. */
  activeExisting: T | null;
  campaignStatus: CampaignStatus;
  campaignWindow: CampaignWindow;
  durationHours: number;
  now: Date;
}

export type StartRefusalCode = 'NOT_FOUND' | 'CAMPAIGN_PAUSED' | 'NOT_LIVE' | 'START_LIMIT';

export type StartDecision<T> =
  | { ok: true; action: 'reuse'; existing: T }
  | { ok: true; action: 'start'; endsAt: Date }
  | Refusal<StartRefusalCode>;

/**
 * Whether a person may start a bargain or assist now. An active one is handed back before any
 * refusal, so a repeated tap or a retried request lands on the same bargain instead of failing.
 * A new one never outlives its campaign: its `endsAt` is capped at the campaign's.
 */
export function decideStart<T extends { endsAt: Date }>(facts: StartFacts<T>): StartDecision<T> {
  const { activeExisting, now } = facts;
  if (activeExisting && now.getTime() < activeExisting.endsAt.getTime()) {
    return { ok: true, action: 'reuse', existing: activeExisting };
  }
  const closed = newActivityRefusal(
    { status: facts.campaignStatus, window: facts.campaignWindow },
    now,
  );
  if (closed) return refuse(closed);
  if (facts.startsSoFar >= facts.maxStartsPerUser) return refuse('START_LIMIT');
  const ownEnd = now.getTime() + facts.durationHours * HOUR_MS;
  const campaignEnd = facts.campaignWindow.endsAt?.getTime() ?? Infinity;
  return { ok: true, action: 'start', endsAt: new Date(Math.min(ownEnd, campaignEnd)) };
}
