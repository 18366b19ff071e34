import type { CopyRule } from './copy-rule';
import { trailingNumber } from './claim-rules';
import { SOURCES } from '../sources';

type PromiseRuleId = 'copy-helper-reward-unbacked' | 'copy-count-mismatch';

export const PROMISE_RULES: Record<PromiseRuleId, CopyRule> = {
  'copy-helper-reward-unbacked': {
    severity: 'error',
    source: SOURCES.falseClaims,
    patterns: [
      { seq: ['helperSubject', 'alsoMark', 'reward'], gap: 8 },
      { seq: ['helperRewarded', 'reward'], gap: 4 },
    ],
    appliesTo: (facts) => !facts.helperReward,
    message: (quote) =>
      `文案“${quote}”许诺帮忙的好友也有奖励，但配置里没有给助力者的奖励：承诺必须兑现。`,
    rewrite: () =>
      '删去给助力者的许诺，或在配置中设置助力者奖励（assist.helperRewardTemplateId）。',
    examples: {
      catches: ['帮砍的好友也能得¥3券', '助力好友同享好礼', '每位助力者送10积分'],
      passes: ['感谢每一位帮砍的好友', '邀请好友助力，领 ¥20 券', '帮砍的好友没有奖励'],
    },
  },
  'copy-count-mismatch': {
    severity: 'error',
    source: SOURCES.falseClaims,
    patterns: [{ seq: ['friendQty'] }, { seq: ['groupQty'] }],
    violates: (match, facts) => {
      const part = match.parts[0]!;
      const friends = match.sentence.find('friendQty').some((o) => o.start === part.start);
      const counts = friends ? facts.friendCounts : facts.groupSizes;
      const n = Number(/\d+/.exec(part.text)?.[0] ?? trailingNumber(part.text));
      return counts !== undefined && !counts.includes(n);
    },
    message: (quote, facts) =>
      `文案“${quote}”的人数与配置不符（需要 ${facts.friendCounts?.join('/') ?? '—'} 位好友${
        facts.groupSizes ? `，${facts.groupSizes.join('/')} 人成团` : ''
      }）：文案必须与真实规则一致。`,
    rewrite: (facts) =>
      facts.groupSizes
        ? `写配置中的人数，例如“${facts.groupSizes[0]} 人成团”。`
        : `写配置中的人数，例如“邀请 ${facts.friendCounts?.[0] ?? 'N'} 位好友帮砍”。`,
    examples: {
      facts: { friendCounts: [10] },
      catches: ['只需 5 位好友帮砍', '邀請六位好友幫砍'],
      passes: ['活动 8月1日 开始，10 位好友帮砍', '2 位好友已帮你砍价，还差 8 位', '共需十位好友'],
    },
  },
};
