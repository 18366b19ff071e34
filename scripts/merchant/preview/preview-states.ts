import type { CampaignKind } from '../../../cloudfunctions/contracts/campaign-config';

/** Every page state a preview can capture; each kind plays the subset its flow has. */
export type StateId =
  | 'landing-top'
  | 'landing-full'
  | 'started'
  | 'friend-view'
  | 'friend-helped'
  | 'half-way'
  | 'completed'
  | 'wallet'
  | 'helper-wallet'
  | 'expired'
  | 'claimed';

export interface StateName {
  zh: string;
  en: string;
}

const LANDING = {
  'landing-top': { zh: '落地页（首屏）', en: 'Landing page, first screen' },
  'landing-full': { zh: '落地页（整页）', en: 'Landing page, full length' },
} as const;

/** The states of each kind, in the order they are played and shown on the contact sheet. */
export const STATES_BY_KIND: Record<CampaignKind, Partial<Record<StateId, StateName>>> = {
  bargain: {
    ...LANDING,
    started: { zh: '砍价刚发起（发起人）', en: 'Bargain just started (initiator)' },
    'friend-view': { zh: '好友打开分享卡片', en: 'Friend’s view, arriving by the share card' },
    'friend-helped': { zh: '好友帮砍之后', en: 'Friend’s view after helping' },
    'half-way': { zh: '砍价进行到一半', en: 'Bargain half way' },
    completed: { zh: '砍价成功', en: 'Bargain completed' },
    wallet: { zh: '券包（发起人的奖励）', en: 'Wallet with the initiator’s reward' },
    expired: { zh: '砍价已过期', en: 'Bargain expired unfinished' },
  },
  assist: {
    ...LANDING,
    started: { zh: '助力刚发起（发起人）', en: 'Assist just started (initiator)' },
    'friend-view': { zh: '好友打开分享卡片', en: 'Friend’s view, arriving by the share card' },
    'friend-helped': { zh: '好友助力成功（感谢券）', en: 'Friend helped: the thank-you coupon' },
    'helper-wallet': { zh: '券包（好友的感谢券）', en: 'Helping friend’s wallet' },
    'half-way': { zh: '助力进行到一半', en: 'Assist half way' },
    completed: { zh: '助力成功', en: 'Assist completed' },
    wallet: { zh: '券包（发起人的奖励）', en: 'Wallet with the initiator’s reward' },
    expired: { zh: '助力已过期', en: 'Assist expired unfinished' },
  },
  coupon: {
    ...LANDING,
    claimed: { zh: '领取成功', en: 'Coupon claimed' },
    wallet: { zh: '券包', en: 'Wallet with the claimed coupon' },
  },
};

export function statesOf(kind: CampaignKind): StateId[] {
  return Object.keys(STATES_BY_KIND[kind]) as StateId[];
}

export function stateName(kind: CampaignKind, id: StateId): StateName {
  return STATES_BY_KIND[kind][id] ?? { zh: id, en: id };
}
