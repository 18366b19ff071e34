import {
  helpRefusal,
  type HelpLimits,
  type HelpRefusalCode,
  type HelpTarget,
  type Helper,
} from '../help/help-refusal';
import type { Refusal } from '../shared/refusal';

export type AssistState = HelpTarget;

export type AssistHelpDecision =
  { ok: true; newHelpsDone: number; completes: boolean } | Refusal<HelpRefusalCode>;

export interface AssistHelpFacts {
  assist: AssistState;
  helper: Helper;
  settings: HelpLimits;
  now: Date;
}

/** Whether `helper` may help `assist` now; the help that reaches the goal completes it. */
export function decideAssistHelp({
  assist,
  helper,
  settings,
  now,
}: AssistHelpFacts): AssistHelpDecision {
  const refusal = helpRefusal(assist, helper, settings, now);
  if (refusal) return refusal;
  const newHelpsDone = assist.helpsDone + 1;
  return { ok: true, newHelpsDone, completes: newHelpsDone === assist.helpsNeeded };
}
