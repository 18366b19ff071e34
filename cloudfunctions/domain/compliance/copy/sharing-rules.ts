import type { CopyRule } from './copy-rule';
import { SOURCES } from '../sources';

type SharingRuleId =
  | 'copy-demands-sharing'
  | 'copy-share-to-unlock'
  | 'copy-likes-for-reward'
  | 'copy-reward-for-opening';

const honestAlternative = '例如“邀请好友帮砍，砍到底价即可购买”，奖励只跟随好友的助力或购买';

export const SHARING_RULES: Record<SharingRuleId, CopyRule> = {
  'copy-demands-sharing': {
    severity: 'error',
    source: SOURCES.luredSharing,
    // The gift a share buys is the problem; that it is called free is beside the point.
    supersedes: ['copy-false-free'],
    patterns: [
      { seq: ['share', 'reward'], notBetween: ['friendAction'] },
      { seq: ['share', 'rewardBlocked'], polarity: ['-', '+'] },
      { seq: ['shareToCount', 'condition'], gap: 4, notBetween: ['friendAction'] },
    ],
    message: (quote) =>
      `文案“${quote}”以奖励换取分享（转发到群、朋友圈或好友）：分享不得附带任何奖励或条件。`,
    rewrite: () => `删去分享要求和它换来的奖励，只描述活动本身，${honestAlternative}。`,
  },
  'copy-share-to-unlock': {
    severity: 'error',
    source: SOURCES.forcedSharing,
    patterns: [
      { seq: ['share', 'unlock'], notBetween: ['friendAction'] },
      { seq: ['share', 'unlockBlocked'], polarity: ['-', '+'] },
    ],
    supersedes: ['copy-demands-sharing'],
    message: (quote) => `文案“${quote}”要求先分享才能查看或解锁：内容和功能不得以分享为条件。`,
    rewrite: () => '让所有人直接查看；若要设门槛，请改为助力或购买后解锁，并写明规则。',
  },
  'copy-likes-for-reward': {
    severity: 'error',
    source: SOURCES.luredSharing,
    patterns: [{ seq: ['likes', 'reward'] }],
    supersedes: ['copy-demands-sharing', 'copy-false-free'],
    message: (quote) => `文案“${quote}”以朋友圈集赞换取奖励：集赞属于利诱分享。`,
    rewrite: () => '删去集赞要求；奖励请改为到店或下单即可领取。',
  },
  'copy-reward-for-opening': {
    severity: 'error',
    source: SOURCES.shallowInteraction,
    patterns: [{ seq: ['friendOpens', 'reward'], notBetween: ['friendAction'] }],
    supersedes: ['copy-demands-sharing', 'copy-false-free'],
    message: (quote) =>
      `文案“${quote}”在好友仅打开或点击时就给奖励：奖励必须跟随好友的主动行为（助力、购买）。`,
    rewrite: () => '改为“好友下单后，你获得经验值”这类跟随真实行为的奖励，或删去奖励。',
  },
};
