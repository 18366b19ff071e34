import type { ConversionStage, CreditStatus } from '../../contracts/invite';
import { withinAttributionWindow } from './attribution-window';

const DAY_MS = 86_400_000;

/**
 * What an attributed friend went on to do. Sharing is deliberately absent: experience comes
 * only from friends' real actions, never from the act of sharing (WeChat forbids rewarding it).
 */
export type { ConversionStage };

export const DEFAULT_STAGE_XP: Record<ConversionStage, number> = {
  arrived: 1,
  helped: 2,
  started: 5,
  ordered: 10,
  /** A friend used a coupon from the buyer's packet in a real order. */
  coupon_used: 10,
};

/** Stages that are purchases: held through the refund window before they count. */
const HELD_STAGES: ReadonlySet<ConversionStage> = new Set(['ordered', 'coupon_used']);

export const DEFAULT_ORDER_HOLD_DAYS = 7;

export type { CreditStatus };

export interface CreditFacts {
  stage: ConversionStage;
  /** When the friend was attributed to the sharer: the window is measured from here. */
  attributedAt: Date;
  windowDays?: number;
  now: Date;
  /** A fraud rule flagged the conversion: it waits for a merchant's approval. */
  flagged: boolean;
  /** The refund window an order must outlive before it counts. */
  orderHoldDays?: number;
  stageXp?: Record<ConversionStage, number>;
}

export type CreditDecision =
  | { credit: false; reason: 'outside-window' }
  | { credit: true; xp: number; status: 'counted' | 'pending'; holdUntil: Date | null };

/**
 * The experience a sharer earns for a friend's conversion. Only conversions inside the
 * attribution window count (same edges as attribution: the end itself is outside). Flagged
 * ones are held for a merchant instead of dropped, so a false alarm costs a delay, not a
 * broken promise. An order is held through its refund window, so a refunded order never
 * lifts anyone's level.
 */
export function creditFor(facts: CreditFacts): CreditDecision {
  const { stage, now } = facts;
  if (!withinAttributionWindow(facts.attributedAt, now, facts.windowDays)) {
    return { credit: false, reason: 'outside-window' };
  }
  const xp = (facts.stageXp ?? DEFAULT_STAGE_XP)[stage];
  const holdDays = facts.orderHoldDays ?? DEFAULT_ORDER_HOLD_DAYS;
  const holdUntil = HELD_STAGES.has(stage) ? new Date(now.getTime() + holdDays * DAY_MS) : null;
  const status = facts.flagged || holdUntil !== null ? 'pending' : 'counted';
  return { credit: true, xp, status, holdUntil };
}

/** A credit as stored. A merchant's approval clears `flagged`; a rejection sets the status. */
export interface StoredCredit {
  status: CreditStatus;
  flagged: boolean;
  holdUntil: Date | null;
}

/**
 * A credit's status at `now`. The end of a hold is derived, never written by a job: a pending
 * credit that is not (or no longer) flagged counts from `holdUntil` on, the instant included.
 */
export function creditStatusAt(credit: StoredCredit, now: Date): CreditStatus {
  if (credit.status !== 'pending' || credit.flagged) return credit.status;
  if (credit.holdUntil === null || now.getTime() >= credit.holdUntil.getTime()) return 'counted';
  return 'pending';
}
