import {
  helpRefusal,
  type HelpLimits,
  type HelpRefusalCode,
  type HelpTarget,
  type Helper,
} from '../help/help-refusal';
import type { Refusal } from '../shared/refusal';
import { nextCut } from './cut-schedule';

export interface BargainState extends HelpTarget {
  currentFen: number;
  floorFen: number;
  schedule: readonly number[];
  /** Cuts taken so far, the initiator's first cut included: the index of the next cut. */
  cutsDone: number;
}

export type BargainHelpDecision =
  | { ok: true; cutFen: number; newCurrentFen: number; completes: boolean }
  | Refusal<HelpRefusalCode>;

export interface BargainHelpFacts {
  bargain: BargainState;
  helper: Helper;
  settings: HelpLimits;
  now: Date;
}

/**
 * Whether `helper` may help `bargain` now, and what the help does. The cut is the schedule's
 * next entry, so the last of `helpsNeeded` helps lands exactly on the floor. A state that
 * disagrees with its schedule is a bug, not a refusal: it throws rather than move the price.
 */
export function decideBargainHelp({
  bargain,
  helper,
  settings,
  now,
}: BargainHelpFacts): BargainHelpDecision {
  const refusal = helpRefusal(bargain, helper, settings, now);
  if (refusal) return refusal;
  const cutFen = nextCut(bargain.schedule, bargain.cutsDone);
  const completes = bargain.helpsDone + 1 === bargain.helpsNeeded;
  const newCurrentFen = bargain.currentFen - (cutFen ?? 0);
  if (
    cutFen === null ||
    newCurrentFen < bargain.floorFen ||
    completes !== (newCurrentFen === bargain.floorFen)
  ) {
    const { currentFen, floorFen, cutsDone, helpsDone, helpsNeeded } = bargain;
    throw new Error(
      `bargain state disagrees with its schedule: ${currentFen} fen, floor ${floorFen}, ` +
        `cut ${cutFen} at ${cutsDone}, help ${helpsDone + 1} of ${helpsNeeded}`,
    );
  }
  return { ok: true, cutFen, newCurrentFen, completes };
}
