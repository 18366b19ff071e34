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
  | 'claimed'
  | 'group-opened'
  | 'leader-paid'
  | 'friend-landing'
  | 'friend-joined'
  | 'packet-sharer'
  | 'packet-friend'
  | 'packet-claimed'
  | 'packet-empty'
  | 'packet-wallet'
  | 'fcode-holder'
  | 'fcode-friend'
  | 'fcode-accepted'
  | 'fcode-taken'
  | 'fcode-waitlisted'
  | 'fcode-soldout'
  | 'fcode-promoted'
  | 'circle-compose'
  | 'circle-posted'
  | 'circle-feed'
  | 'circle-search'
  | 'circle-claimed'
  | 'circle-ask'
  | 'circle-empty'
  | 'circle-none'
  | 'circle-mine';

export interface StateName {
  zh: string;
  en: string;
}

const LANDING = {
  'landing-top': { zh: '落地页（首屏）', en: 'Landing page, first screen' },
  'landing-full': { zh: '落地页（整页）', en: 'Landing page, full length' },
} as const;

/**
 * Fission coupons (裂变优惠券), on a campaign of any kind that has `packet`: a buyer shares a
 * packet after their order, a friend claims from it, later friends find it claimed out.
 */
const PACKET = {
  'packet-sharer': { zh: '分享优惠券（买家）', en: 'Coupon packet, as the buyer sharing it' },
  'packet-friend': { zh: '好友打开优惠券分享', en: 'Friend’s view of the packet, before claiming' },
  'packet-claimed': { zh: '好友领券成功', en: 'Friend claimed a coupon from the packet' },
  'packet-empty': { zh: '优惠券已领完', en: 'Packet claimed out (a later friend’s view)' },
  'packet-wallet': { zh: '券包（分享给好友的券）', en: 'Buyer’s wallet with the shared packet' },
} as const;

/** Ids of the packet states: played, listed and numbered only for a campaign with `packet`. */
export const PACKET_STATES = Object.keys(PACKET) as StateId[];

/**
 * 购物圈, on a campaign of any kind that has `circle`: the buyer writes a recommendation after
 * their order; a friend finds it in their circle and by searching, claims a friend coupon and
 * asks the poster about it; a later friend finds the pool claimed out; the poster's own posts.
 */
const CIRCLE = {
  'circle-compose': { zh: '写推荐（买家下单后）', en: 'Composer after an order (the buyer)' },
  'circle-posted': { zh: '推荐已发布（买家）', en: 'The buyer’s post, just published' },
  'circle-feed': { zh: '好友的购物圈', en: 'A connected friend’s circle' },
  'circle-search': { zh: '搜索商品找到推荐', en: 'Search finds the post by the product' },
  'circle-claimed': { zh: '好友领取好友券', en: 'Friend claimed a friend coupon' },
  'circle-ask': { zh: '「问问 TA」分享卡片', en: 'Share card asking the poster (问问 TA)' },
  'circle-empty': { zh: '好友券已领完', en: 'Pool claimed out (a later friend’s view)' },
  'circle-none': { zh: '搜索无结果', en: 'A search that finds nothing' },
  'circle-mine': {
    zh: '我的推荐（朋友领券与经验）',
    en: 'The poster’s posts, with friends’ use and experience',
  },
} as const;

/** Ids of the circle states: played, listed and numbered only for a campaign with `circle`. */
export const CIRCLE_STATES = Object.keys(CIRCLE) as StateId[];

/**
 * The states of each kind, in the order they are played and shown on the contact sheet. The
 * packet states come before a kind's expiry, which moves the host's clock past the packet's.
 */
export const STATES_BY_KIND: Record<CampaignKind, Partial<Record<StateId, StateName>>> = {
  bargain: {
    ...LANDING,
    started: { zh: '砍价刚发起（发起人）', en: 'Bargain just started (initiator)' },
    'friend-view': { zh: '好友打开分享卡片', en: 'Friend’s view, arriving by the share card' },
    'friend-helped': { zh: '好友帮砍之后', en: 'Friend’s view after helping' },
    'half-way': { zh: '砍价进行到一半', en: 'Bargain half way' },
    completed: { zh: '砍价成功', en: 'Bargain completed' },
    wallet: { zh: '券包（发起人的奖励）', en: 'Wallet with the initiator’s reward' },
    ...PACKET,
    ...CIRCLE,
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
    ...PACKET,
    ...CIRCLE,
    expired: { zh: '助力已过期', en: 'Assist expired unfinished' },
  },
  coupon: {
    ...LANDING,
    claimed: { zh: '领取成功', en: 'Coupon claimed' },
    wallet: { zh: '券包', en: 'Wallet with the claimed coupon' },
    ...PACKET,
    ...CIRCLE,
  },
  group: {
    ...LANDING,
    'group-opened': {
      zh: '拼团刚发起（团长待支付）',
      en: 'Group just opened (leader’s seat held until paid)',
    },
    'leader-paid': { zh: '团长已支付，等待好友参团', en: 'Leader paid, waiting for friends' },
    'friend-landing': {
      zh: '好友扫码进入落地页（拼团信息）',
      en: 'Friend arriving by the poster’s code: the landing page with the group',
    },
    'friend-view': {
      zh: '好友打开分享卡片（参与拼团）',
      en: 'Friend’s view of the group, arriving by the share card',
    },
    'friend-joined': { zh: '好友已参团，待支付', en: 'Friend joined, seat held until they pay' },
    completed: { zh: '拼团成功（团长）', en: 'Group completed (leader’s view)' },
    ...PACKET,
    ...CIRCLE,
    expired: {
      zh: '拼团到期未满员',
      en: 'Group short of people at its deadline (fails, or completes as configured)',
    },
  },
  fcode: {
    ...LANDING,
    'fcode-holder': {
      zh: '持码人的F码（分享卡片与海报）',
      en: 'Seed holder with codes, share card and poster',
    },
    'fcode-friend': {
      zh: '好友打开分享的F码',
      en: 'Friend opening a shared code, before accepting',
    },
    'fcode-accepted': {
      zh: '好友已接受，凭码购买',
      en: 'Friend accepted: the code reserved, buy with it',
    },
    'fcode-taken': { zh: 'F码已被他人接受', en: 'Code already taken (a later friend’s view)' },
    'fcode-waitlisted': {
      zh: '排队中（你前面还有 N 人）',
      en: 'On the waitlist, with the true place',
    },
    'fcode-soldout': { zh: '本批F码已全部发出', en: 'Batch given out in full' },
    'fcode-promoted': {
      zh: '排到了：码未及时送出，按序发给排队的人',
      en: 'Promoted from the waitlist when a code was not handed on in time',
    },
    ...CIRCLE,
  },
};

/**
 * A campaign's states in order: its kind's, without the packet's unless it has `packet`, nor
 * the circle's unless it has `circle`.
 */
export function statesOf(
  kind: CampaignKind,
  options: { packet?: boolean; circle?: boolean } = {},
): StateId[] {
  const ids = Object.keys(STATES_BY_KIND[kind]) as StateId[];
  return ids.filter(
    (id) =>
      (options.packet || !PACKET_STATES.includes(id)) &&
      (options.circle || !CIRCLE_STATES.includes(id)),
  );
}

export function stateName(kind: CampaignKind, id: StateId): StateName {
  return STATES_BY_KIND[kind][id] ?? { zh: id, en: id };
}
