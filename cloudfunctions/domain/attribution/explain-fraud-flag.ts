import type { FraudRuleType } from './fraud-rules';

/**
 * How each rule's stored reason (fraud-rules.ts, in English, kept as "<type>: <reason>" on
 * the credit) reads to a merchant, with the numbers the rule saw. Keyed by the closed rule
 * type, so a new rule fails to compile until it is explained too.
 */
const EXPLAIN: Record<FraudRuleType, { name: string; read: (reason: string) => string | null }> = {
  'same-ip-burst': {
    name: '同一 IP 多人到访',
    read: (reason) => {
      const m = /^(\d+) new people from one IP within (\d+) minutes$/.exec(reason);
      return m ? `${m[2]} 分钟内同一 IP 来了 ${m[1]} 位新用户` : null;
    },
  },
  'helper-only': {
    name: '只助力不参与',
    read: (reason) => {
      const m = /^(\d+) helps and no other activity in the campaign$/.exec(reason);
      return m ? `助力 ${m[1]} 次，没有其他浏览、发起或下单` : null;
    },
  },
  'arrival-burst': {
    name: '短时间大量到访',
    read: (reason) => {
      const m = /^(\d+) arrivals within (\d+) minutes$/.exec(reason);
      return m ? `${m[2]} 分钟内来了 ${m[1]} 位新用户` : null;
    },
  },
};

const isRule = (type: string): type is FraudRuleType => Object.hasOwn(EXPLAIN, type);

/**
 * A stored flag as the merchant reads it: the rule's Chinese name and what it saw. A rule
 * type this code does not know (added later, or an older wording) still shows, as its own
 * text, rather than vanishing from the review.
 */
export function explainFraudFlag(flag: string): { rule: string; reason: string } {
  const cut = flag.indexOf(':');
  const type = (cut < 0 ? flag : flag.slice(0, cut)).trim();
  const reason = cut < 0 ? '' : flag.slice(cut + 1).trim();
  if (!isRule(type)) return { rule: type, reason };
  const rule = EXPLAIN[type];
  return { rule: rule.name, reason: rule.read(reason) ?? reason };
}
