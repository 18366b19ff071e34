import type { CopyRule } from './copy-rule';
import { SOURCES } from '../sources';

type PressureRuleId = 'copy-pressure' | 'copy-cash-per-invite' | 'copy-multi-level';

export const PRESSURE_RULES: Record<PressureRuleId, CopyRule> = {
  'copy-pressure': {
    severity: 'error',
    source: SOURCES.coercedSharing,
    patterns: [
      { seq: ['negHelp', 'threat'], polarity: ['*', '*'], gap: 8 },
      { seq: ['ifFriend', 'helpVerb'], polarity: ['*', '*'], gap: 3 },
      { seq: ['share', 'omen'], polarity: ['*', '*'], gap: 6 },
      { seq: ['coercion'], polarity: ['*'] },
    ],
    supersedes: ['copy-demands-sharing', 'copy-share-to-unlock'],
    message: (quote) => `文案“${quote}”用威胁、愧疚或迷信逼人分享或帮忙：属于胁迫、煽动分享。`,
    rewrite: () => '用平和的请求代替，例如“帮我砍一刀，谢谢啦”，帮不帮都由好友决定。',
  },
  'copy-cash-per-invite': {
    severity: 'error',
    source: SOURCES.luredSharing,
    patterns: [{ seq: ['invite', 'cash'] }, { seq: ['cashShare'] }],
    supersedes: ['copy-demands-sharing'],
    message: (quote) =>
      `文案“${quote}”按邀请人数给现金（返现、到零钱、可提现）：拉人头给钱属于利诱分享。`,
    rewrite: () => '以经验值、等级或商品券回馈真实下单的好友的邀请人，不发现金。',
  },
  'copy-multi-level': {
    severity: 'error',
    source: SOURCES.pyramid,
    patterns: [{ seq: ['multiLevel'] }],
    supersedes: ['copy-cash-per-invite', 'copy-demands-sharing'],
    message: (quote) =>
      `文案“${quote}”按多级关系（下级、团队、好友的好友）分钱：多级分销不被允许。`,
    rewrite: () => '最多奖励直接邀请人一级，且以经验值或券回馈，不提团队与下级。',
  },
};
