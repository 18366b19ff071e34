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
  },
};
