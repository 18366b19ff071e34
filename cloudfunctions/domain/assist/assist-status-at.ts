import { helpStatusAt, type HelpStatus } from '../shared/help-status-at';

export type AssistStatus = HelpStatus;

/** An assist's status at `now`: an active assist is expired from its `endsAt` on. */
export function assistStatusAt(
  assist: { status: AssistStatus; endsAt: Date },
  now: Date,
): AssistStatus {
  return helpStatusAt(assist, now);
}
