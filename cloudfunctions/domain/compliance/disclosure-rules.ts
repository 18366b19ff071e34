import type { ConceptId } from './concepts/concepts';
import type { ConfigRule } from './config-rule';
import { Sentence, matchPattern, type ConceptPattern } from './match/match-pattern';
import { normalizeText } from './text/normalize-text';
import { SOURCES } from './sources';
import { campaignTexts } from './campaign-texts';
import type { CampaignConfig } from '../../contracts/campaign-config';

type DisclosureRuleId =
  | 'coupon-threshold-undisclosed'
  | 'bargain-helps-undisclosed'
  | 'group-size-undisclosed'
  | 'group-short-outcome-undisclosed'
  | 'packet-coupons-undisclosed';

function sentencesOf(texts: readonly string[]): Sentence[] {
  return texts.flatMap((t) =>
    normalizeText(t)
      .text.split(/[。!?;\n]/)
      .filter(Boolean)
      .map((s) => new Sentence(s)),
  );
}

/** Whether some text states `count` as a quantity of the concept (10 位好友, not 8月10日). */
export function statesCount(texts: readonly string[], id: ConceptId, count: number): boolean {
  return sentencesOf(texts).some((s) =>
    s.find(id).some((o) => Number(/\d+(?:\.\d+)?/.exec(o.text)?.[0]) === count),
  );
}

function says(texts: readonly string[], patterns: readonly ConceptPattern[]): boolean {
  return sentencesOf(texts).some((s) => patterns.some((p) => matchPattern(p, s).length > 0));
}

const either = (a: ConceptId, b: ConceptId): ConceptPattern[] => [
  { seq: [a, b], polarity: ['*', '*'], gap: 24 },
  { seq: [b, a], polarity: ['*', '*'], gap: 24 },
];

const yuan = (fen: number) => (fen % 100 === 0 ? String(fen / 100) : (fen / 100).toFixed(2));

/**
 * Whether some copy says 满 X (满 ¥50, 满50元, 满 五十 元 once normalised) for this minimum
 * spend in yuan: 10 元 without its 满 ¥100 reads as a coupon for any order.
 */
function statesThreshold(texts: readonly string[], fen: number): boolean {
  const amount = yuan(fen).replace('.', '\\.');
  const pattern = new RegExp(`满\\s*[¥￥]?\\s*${amount}(?:\\.0+)?(?![\\d.])`);
  return texts.some((t) => pattern.test(normalizeText(t).text));
}

/** Every coupon a shopper may get whose use needs a minimum spend, with its config path. */
function thresholds(c: CampaignConfig): { path: (string | number)[]; what: string; fen: number }[] {
  const out = c.coupons.flatMap((t, i) =>
    t.minSpendFen > 0
      ? [{ path: ['coupons', i, 'minSpendFen'], what: `「${t.title}」`, fen: t.minSpendFen }]
      : [],
  );
  if (c.packet && c.packet.minSpendFen > 0)
    out.push({
      path: ['packet', 'minSpendFen'],
      what: `好友券「${c.packet.title}」`,
      fen: c.packet.minSpendFen,
    });
  return out;
}

export const DISCLOSURE_RULES: Record<DisclosureRuleId, ConfigRule> = {
  'coupon-threshold-undisclosed': {
    severity: 'warning',
    source: SOURCES.falseClaims,
    check: (c) => {
      const texts = campaignTexts(c).map((t) => t.text);
      return thresholds(c)
        .filter((t) => !statesThreshold(texts, t.fen))
        .map((t) => ({
          path: t.path,
          message: `${t.what}须消费满 ¥${yuan(t.fen)} 才能使用，但标题、规则和页面文字都没有写「满 ¥${yuan(t.fen)}」：顾客会以为无门槛。`,
          rewrite: `在券的标题或规则中写明：满 ¥${yuan(t.fen)} 可用。`,
        }));
    },
  },
  'bargain-helps-undisclosed': {
    severity: 'warning',
    source: SOURCES.marketing,
    check: (c) => {
      if (c.kind !== 'bargain') return [];
      const needed = c.bargain.helpsNeeded;
      return statesCount(c.rules, 'friendQty', needed)
        ? []
        : [
            {
              path: ['rules'],
              message: `规则文字未写明需要 ${needed} 位好友帮砍：砍价需要的人数必须在活动规则中写明。`,
              rewrite: `共需 ${needed} 位好友帮砍，每位好友可帮砍一次。`,
            },
          ];
    },
  },
  'group-size-undisclosed': {
    severity: 'warning',
    source: SOURCES.marketing,
    check: (c) => {
      if (c.kind !== 'group') return [];
      const size = c.group.size;
      const said =
        statesCount(c.rules, 'groupQty', size) || statesCount(c.rules, 'friendQty', size - 1);
      return said
        ? []
        : [
            {
              path: ['rules'],
              message: `规则文字未写明 ${size} 人成团：成团需要的人数必须在活动规则中写明。`,
              rewrite: `${size} 人成团（团长也需支付）。`,
            },
          ];
    },
  },
  'group-short-outcome-undisclosed': {
    severity: 'warning',
    source: SOURCES.falseClaims,
    check: (c) => {
      if (c.kind !== 'group') return [];
      const fails = c.group.onShort === 'fail';
      const said = says(c.rules, either('shortGroup', fails ? 'refund' : 'shortComplete'));
      return said
        ? []
        : [
            {
              path: ['group', 'onShort'],
              message: fails
                ? '规则文字未写明到期未满员会怎样：请写明未成团时款项如何退回。'
                : '规则文字未写明到期未满员也按已付款人数成团：请在规则中写明。',
              rewrite: fails
                ? '到期未成团自动退款，款项原路退回。'
                : '到期未满员也按已付款人数成团发货。',
            },
          ];
    },
  },
  'packet-coupons-undisclosed': {
    severity: 'warning',
    source: SOURCES.marketing,
    check: (c) => {
      if (!c.packet) return [];
      const amounts = c.packet.amounts;
      const count = amounts.kind === 'list' ? amounts.amountsFen.length : amounts.count;
      const said = c.rules.some(
        (rule) =>
          normalizeText(rule).text.includes('券') && statesCount([rule], 'couponQty', count),
      );
      return said
        ? []
        : [
            {
              path: ['rules'],
              message: `规则文字未写明好友券红包共 ${count} 张及领取方式：分享给好友的券必须事先说明张数、金额和每人限领。`,
              rewrite: `下单后可把好友券红包分享给朋友：共 ${count} 张，每位朋友限领 1 张。`,
            },
          ];
    },
  },
};
