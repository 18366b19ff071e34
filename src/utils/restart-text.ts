import type { Viewer } from '../../cloudfunctions/contracts/help';

const NO_RESTART: Record<NonNullable<Viewer['restartRefusal']>, string> = {
  START_LIMIT: '本活动每人可发起的次数已用完，不能再发起',
  CAMPAIGN_PAUSED: '活动暂停中，恢复后可以重新发起',
  NOT_LIVE: '活动已结束，不能再发起',
};

/**
 * What the initiator of a lapsed bargain or assist reads under the outcome: the fresh start
 * the server says a tap would get, or why there is none — never a button that would refuse.
 */
export function expiredOutcomeText(viewer: Viewer, helpVerb: string): string {
  if (viewer.canRestart) return `重新发起后，好友可以再帮你${helpVerb}`;
  return NO_RESTART[viewer.restartRefusal ?? 'START_LIMIT'];
}
