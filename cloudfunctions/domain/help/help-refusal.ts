import { helpRefusalCodeSchema, type HelpRefusalCode } from '../../contracts/help';
import { helpStatusAt, type HelpStatus } from './help-status-at';
import { refuse, type Refusal } from '../shared/refusal';

/** What a help needs to know about the bargain or assist being helped. */
export interface HelpTarget {
  initiatorOpenid: string;
  status: HelpStatus;
  endsAt: Date;
  helpsDone: number;
  helpsNeeded: number;
}

/** What the store knows about the person helping, read inside the help transaction. */
export interface Helper {
  openid: string;
  isNewToCampaign: boolean;
  /** Helps this person already gave in this campaign on the current China day. */
  helpsToday: number;
  alreadyHelped: boolean;
}

export interface HelpLimits {
  newUsersOnly: boolean;
  helperDailyLimit: number;
}

export type { HelpRefusalCode };

interface HelpFacts {
  target: HelpTarget;
  helper: Helper;
  limits: HelpLimits;
  now: Date;
}

const REFUSES: Record<HelpRefusalCode, (facts: HelpFacts) => boolean> = {
  SELF_HELP: ({ target, helper }) => helper.openid === target.initiatorOpenid,
  // A full target is closed whatever its stored status says, so a help can never overshoot.
  CLOSED: ({ target }) => target.status === 'completed' || target.helpsDone >= target.helpsNeeded,
  EXPIRED: ({ target, now }) => helpStatusAt(target, now) === 'expired',
  ALREADY_HELPED: ({ helper }) => helper.alreadyHelped,
  NEW_USERS_ONLY: ({ helper, limits }) => limits.newUsersOnly && !helper.isNewToCampaign,
  HELP_LIMIT: ({ helper, limits }) => helper.helpsToday >= limits.helperDailyLimit,
};

/**
 * First match wins. Facts about the target (whose is it, is it still open) come before facts
 * about the helper, because no action of the helper can fix them; ALREADY_HELPED comes before
 * NEW_USERS_ONLY because someone who helped is no longer new, and the earlier help is the
 * real reason; the daily limit is last because it clears tomorrow.
 */
export const HELP_REFUSAL_PRECEDENCE: readonly HelpRefusalCode[] = helpRefusalCodeSchema.options;

export function helpRefusal(
  target: HelpTarget,
  helper: Helper,
  limits: HelpLimits,
  now: Date,
): Refusal<HelpRefusalCode> | null {
  const facts = { target, helper, limits, now };
  const code = HELP_REFUSAL_PRECEDENCE.find((c) => REFUSES[c](facts));
  return code === undefined ? null : refuse(code);
}
