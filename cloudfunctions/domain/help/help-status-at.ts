import type { HelpStatus } from '../../contracts/help';

export type { HelpStatus };

/**
 * The status a bargain or assist has at `now`. Rows are only marked expired lazily, so an
 * active row whose `endsAt` has come is expired already: `endsAt` itself is the first expired
 * instant, the millisecond before it is still active.
 */
export function helpStatusAt(target: { status: HelpStatus; endsAt: Date }, now: Date): HelpStatus {
  if (target.status === 'active' && now.getTime() >= target.endsAt.getTime()) return 'expired';
  return target.status;
}
