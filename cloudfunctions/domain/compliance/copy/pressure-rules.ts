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
    examples: {
      catches: ['不帮我砍就绝交', '是朋友就帮我砍一刀', '转发保平安', '不轉不是好朋友'],
      passes: ['帮我砍一刀，谢谢啦', '不帮也没关系', '是朋友就一起来尝尝'],
    },
  },
  'copy-cash-per-invite': {
    severity: 'error',
    source: SOURCES.luredSharing,
    patterns: [{ seq: ['invite', 'cash'] }, { seq: ['cashShare'] }],
    supersedes: ['copy-demands-sharing'],
    message: (quote) =>
      `文案“${quote}”按邀请人数给现金（返现、到零钱、可提现）：拉人头给钱属于利诱分享。`,
    rewrite: () => '以经验值、等级或商品券回馈真实下单的好友的邀请人，不发现金。',
    examples: {
      catches: ['邀请1位好友返现5元', '每拉一个人返3块钱', '推荐好友下单，佣金直接到零钱'],
      passes: [
        '邀请好友下单，你得经验值，不是现金',
        '退款原路退回微信零钱',
        '消费满 100 返 10 元券',
      ],
    },
  },
  'copy-multi-level': {
    severity: 'error',
    source: SOURCES.pyramid,
    patterns: [{ seq: ['multiLevel'] }],
    supersedes: ['copy-cash-per-invite', 'copy-demands-sharing'],
    message: (quote) =>
      `文案“${quote}”按多级关系（下级、团队、好友的好友）分钱：多级分销不被允许。`,
    rewrite: () => '最多奖励直接邀请人一级，且以经验值或券回馈，不提团队与下级。',
    examples: {
      catches: ['三级分销', '下级下单你拿提成', '团队返佣', '好友的好友下单你也有提成'],
      passes: ['三级保温认证', '会员分三级：银卡、金卡、黑卡', '我们的团队十年专注保温杯'],
    },
  },
};
