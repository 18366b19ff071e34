import type { EventPayload, EventType } from '../../contracts/events';
import { formatFen } from '../../contracts/money';
import { pagePath } from '../../contracts/routes';

/**
 * What a subscribe message says for each event. One grant allows one message, so events on
 * one target compete for it: the higher `rank` wins, and a `final` event (nothing better can
 * follow on its target) is sent at once while the others wait a short hold for a better one
 * (a third help waits; the completion that follows it wins).
 */
export interface SubscribeText {
  /** What happened, for the template's progress field (≤ 20 characters, WeChat's `thing`). */
  progress: string;
  /** The page the message opens, with its query. */
  page: string;
}

interface Telling<T extends EventType> {
  rank: number;
  final: boolean;
  /** Who is told, besides nobody: events with no one to tell are webhook-only. */
  recipients(p: EventPayload<T>): string[];
  text(p: EventPayload<T>): SubscribeText;
}

type Tellings = { [T in EventType]: Telling<T> | null };

const bargainPage = (bargainId: string) => pagePath('bargain', { bargainId });
const assistPage = (assistId: string) => pagePath('assist', { assistId });
const groupPage = (groupId: string) => pagePath('group', { groupId });

export const TELLINGS: Tellings = {
  'bargain.helped': {
    rank: 1,
    final: false,
    recipients: (p) => [p.initiatorOpenid],
    text: (p) => ({
      progress: `好友帮砍${formatFen(p.cutFen)}，现价${formatFen(p.currentFen)}`,
      page: bargainPage(p.bargainId),
    }),
  },
  'bargain.completed': {
    rank: 3,
    final: true,
    recipients: (p) => [p.initiatorOpenid],
    text: (p) => ({
      progress: `已砍到${formatFen(p.finalFen)}，奖励券已到账`,
      page: bargainPage(p.bargainId),
    }),
  },
  'assist.helped': {
    rank: 1,
    final: false,
    recipients: (p) => [p.initiatorOpenid],
    text: (p) => ({
      progress: `好友已助力，还差${Math.max(p.helpsNeeded - p.helpsDone, 0)}人`,
      page: assistPage(p.assistId),
    }),
  },
  'assist.completed': {
    rank: 3,
    final: true,
    recipients: (p) => [p.initiatorOpenid],
    text: (p) => ({ progress: '助力成功，奖励券已到账', page: assistPage(p.assistId) }),
  },
  // The completion already says the reward arrived; on its own target it ranks below it.
  'reward.issued': {
    rank: 2,
    final: false,
    recipients: (p) => [p.ownerOpenid],
    text: () => ({ progress: '奖励券已到账，可在卡包查看', page: pagePath('coupons') }),
  },
  'group.formed': {
    rank: 3,
    final: true,
    recipients: (p) => p.memberOpenids,
    text: (p) => ({ progress: '拼团成功，商家将尽快发货', page: groupPage(p.groupId) }),
  },
  'group.failed': {
    rank: 3,
    final: true,
    recipients: (p) => p.memberOpenids,
    text: (p) => ({ progress: '拼团未成团，已付款项将退回', page: groupPage(p.groupId) }),
  },
  'packet.claimed': null,
  // A poster subscribes to nothing about their post: merchants may still want the webhook.
  'circle.coupon_claimed': null,
  'credit.approved': null,
  'fcode.promoted': {
    rank: 3,
    final: true,
    recipients: () => [],
    text: (p) => ({ progress: `排到你了：第${p.batch}批F码已为你保留`, page: p.page }),
  },
};

export function tellingOf<T extends EventType>(type: T): Telling<T> | null {
  return TELLINGS[type] as Telling<T> | null;
}

/** WeChat's `thing` fields hold 20 characters; longer values are refused, so cut with "…". */
export function clipThing(text: string, max = 20): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}
