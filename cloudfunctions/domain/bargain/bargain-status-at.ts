import { helpStatusAt, type HelpStatus } from '../shared/help-status-at';

export type BargainStatus = HelpStatus;

/** A bargain's status at `now`: an active bargain is expired from its `endsAt` on. */
export function bargainStatusAt(
  bargain: { status: BargainStatus; endsAt: Date },
  now: Date,
): BargainStatus {
  return helpStatusAt(bargain, now);
}
