import type { ErrorBody, ErrorCode } from '../../cloudfunctions/contracts/errors';

// Keyed by the closed ErrorCode union so a code added to the contract fails to compile here
// until it has a message. Server messages are for logs and developers, not shoppers.
const MESSAGES: Record<ErrorCode, string> = {
  INVALID_INPUT: '请求参数有误',
  UNKNOWN_ACTION: '暂不支持该操作',
  UNAUTHENTICATED: '请先登录',
  FORBIDDEN: '没有权限进行此操作',
  NOT_FOUND: '活动不存在或已下线',
  UNKNOWN_FUNCTION: '暂不支持该操作',
  SELF_HELP: '不能给自己助力哦',
  ALREADY_HELPED: '你已经帮过 TA 了',
  HELP_LIMIT: '今日助力次数已用完',
  NEW_USERS_ONLY: '本活动仅限新用户参与',
  START_LIMIT: '你已发起过本活动',
  CLOSED: '活动已结束',
  EXPIRED: '已过期',
  NOT_LIVE: '活动未开始或已结束',
  BUDGET_EXHAUSTED: '优惠券已领完',
  CLAIM_LIMIT: '已达领取上限',
  NOT_CLAIMABLE: '该优惠券不可领取',
  ALREADY_REDEEMED: '优惠券已使用',
  COUPON_NOT_USABLE: '该优惠券当前不可用',
  COUPON_NOT_APPLICABLE: '该订单不能使用这张券',
  COUPON_NOT_STARTED: '优惠券尚未到可用时间',
  COUPON_EXPIRED: '优惠券已过期',
  MIN_SPEND_NOT_MET: '未达到优惠券的使用门槛',
  CAMPAIGN_LOCKED: '活动已有人参与，优惠内容不能再修改',
  CAMPAIGN_PAUSED: '活动暂停中，暂不能发起',
  INVALID_TRANSITION: '活动当前状态不允许此操作',
  GROUP_FULL: '该团已满员',
  HOLD_LIMIT: '你还有拼团座位待支付，请先支付或等它释放',
  PACKET_EMPTY: '券已被领完',
  SELF_CLAIM: '这是你分享给好友的券，自己不能领哦',
  ORDER_REFUNDED: '订单已退款，不能分享优惠券',
  ORDER_PENDING: '成团后才能分享优惠券',
  CODE_TAKEN: '这个F码已被其他朋友接受',
  SELF_ACCEPT: '这是你自己的F码，分享给朋友吧',
  ONE_PER_BATCH: '你已持有本批的F码',
  FCODE_NOT_USABLE: '这个F码不能用于本订单',
  POOL_EMPTY: '好友券已被领完',
  WORDS_REFUSED: '推荐里有不合规的说法（比如请朋友转发），改改再发吧',
  INTERNAL: '网络异常，请稍后重试',
  UNAVAILABLE: '当前环境暂不支持该功能',
  BUSY: '人太多了，请稍后再试',
};

/** The message a shopper sees for a failed call. */
export function errorMessage(error: ErrorBody): string {
  // A retryable UNAVAILABLE is the service being down, not a missing capability.
  if (error.code === 'UNAVAILABLE' && error.retryAfterSeconds !== undefined)
    return '服务暂时不可用，请稍后再试';
  return MESSAGES[error.code] ?? MESSAGES.INTERNAL;
}
