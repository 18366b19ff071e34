import type { CopyRule } from './copy-rule';
import type { CopyFacts } from './copy-facts';
import { SOURCES } from '../sources';

type ClaimRuleId = 'copy-random-undisclosed' | 'copy-false-free' | 'copy-fake-scarcity';

/** The number a match ends with (仅剩 12 → 12). */
export function trailingNumber(text: string): number | null {
  const m = /(\d+(?:\.\d+)?)$/.exec(text);
  return m ? Number(m[1]) : null;
}

function stockLine(facts: CopyFacts): string {
  return facts.stock.map((s) => `${s.what} ${s.count}`).join('、');
}

export const CLAIM_RULES: Record<ClaimRuleId, CopyRule> = {
  'copy-random-undisclosed': {
    severity: 'error',
    source: SOURCES.lottery,
    patterns: [
      { seq: ['random'] },
      { seq: ['randomWord', 'prizeValue'], gap: 8 },
      { seq: ['prizeValue', 'randomWord'], gap: 8 },
    ],
    disclosedBy: 'randomDisclosed',
    appliesTo: (facts) => !facts.randomDisclosed,
    message: (quote) =>
      `文案“${quote}”的结果随机，却没有写明范围或概率：随机玩法必须事先公示全部可能结果。`,
    rewrite: () => '写明范围和总量，例如“每刀随机 ¥1–¥5，共 10 刀，总额 ¥30”，或改为固定金额。',
  },
  'copy-false-free': {
    severity: 'error',
    source: SOURCES.falseClaims,
    patterns: [{ seq: ['free'] }],
    appliesTo: (facts) => facts.shopperPays,
    message: (quote) => `文案“${quote}”称免费，但用户仍需付款：请写明实际需支付的金额。`,
    rewrite: () => '写明到手价，例如“好友帮砍，保温杯 ¥1 带回家”。',
  },
  'copy-fake-scarcity': {
    severity: 'warning',
    source: SOURCES.falseClaims,
    patterns: [{ seq: ['scarceCount'] }, { seq: ['scarceWord'] }],
    violates: (match, facts) => {
      const part = match.parts[0]!;
      const count = /\d$/.test(part.text) ? trailingNumber(part.text) : null;
      if (count === null) return facts.stock.length === 0;
      // 仅剩 2 小时 is a deadline, 最后 1 位好友 is progress: not stock.
      const unit = match.sentence.find('notStockUnit').some((o) => o.start === part.end);
      if (unit) return false;
      return !facts.stock.some((s) => s.count === count);
    },
    message: (quote, facts) =>
      facts.stock.length === 0
        ? `文案“${quote}”声称数量有限，但活动没有设置库存：请设置真实库存或删去该说法。`
        : `文案“${quote}”的数量与配置不符（${stockLine(facts)}）：请写配置中的真实数量。`,
    rewrite: (facts) =>
      facts.stock.length === 0
        ? '设置 stock 后写“限量 N 件”（N 为真实库存），或删去稀缺说法。'
        : `写真实数量，例如“限量 ${facts.stock[0]!.count} 件”；剩余数量请用页面上的实时库存。`,
  },
};
