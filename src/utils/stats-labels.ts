import type { FunnelStage } from '../../cloudfunctions/contracts/campaign';
import type { ConversionStage } from '../../cloudfunctions/contracts/invite';

// Also what `npm run stats` prints (scripts/merchant/render-stats.ts imports these), so a
// merchant reading the terminal table and the page sees one vocabulary.
export const FUNNEL_STAGE_NAMES: Record<FunnelStage, string> = {
  visitors: '访客',
  newPeople: '新用户',
  starts: '发起',
  helps: '助力/帮砍',
  completions: '完成',
  rewardsIssued: '发券',
  redeemed: '核销',
  orders: '下单',
};

/** WeChat scene values worth naming; others show as their number. */
export const SCENE_NAMES: Record<number, string> = {
  1007: '单聊分享卡片',
  1008: '群聊分享卡片',
  1044: '带 shareTicket 的卡片',
  1047: '扫小程序码',
  1048: '长按识别小程序码',
  1049: '相册选取小程序码',
  1001: '发现栏小程序主入口',
  1089: '聊天顶部下拉',
};

/** A visit without a scene was recorded from a path that had none (e.g. the H5 preview). */
export function sceneName(scene: number | null): string {
  if (scene === null) return '未记录场景';
  return SCENE_NAMES[scene] ?? `场景 ${scene}`;
}

export const CREDIT_STAGE_NAMES: Record<ConversionStage, string> = {
  arrived: '到访',
  helped: '助力',
  started: '发起',
  ordered: '下单',
  coupon_used: '好友用券',
};
