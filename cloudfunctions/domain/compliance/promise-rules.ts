import type { CampaignConfig } from '../../contracts/campaign-config';
import { campaignTexts } from './campaign-texts';
import type { ConfigRule } from './config-rule';
import { SOURCES } from './sources';

export type PromiseRuleId = 'restart-promise-unbacked' | 'typed-live-count';

/** 可重新发起, 可再次发起, 过期后重新开始砍: a promise of a second go. */
const RESTART = /(?:重新|再次|再)(?:发起|开始|开一次|砍一次|参与)/g;
/** 不可重新发起, 不能再次发起: the copy says there is none, which the settings may well back. */
const DENIED = /(?:不可|不能|无法|不得|不再|不支持|禁止)\s*$/;

/** The clause of `text` around `index`, as the merchant wrote it: 超时未完成可重新发起. */
function clauseAt(text: string, index: number): string {
  const stops = /[，。；！？,;!?\n]/;
  let start = index;
  while (start > 0 && !stops.test(text[start - 1]!)) start -= 1;
  let end = index;
  while (end < text.length && !stops.test(text[end]!)) end += 1;
  return text.slice(start, end).trim();
}

/**
 * Whether a person whose bargain or assist lapsed could ever start again: only when the
 * lapsed start is given back, or the limit leaves room for another.
 */
function restartPossible(config: CampaignConfig): boolean | null {
  const settings =
    config.kind === 'bargain' ? config.bargain : config.kind === 'assist' ? config.assist : null;
  if (!settings) return null;
  return settings.restartAfterExpiry !== false || settings.maxStartsPerUser > 1;
}

/** A proof number that tallies what shoppers did or what is left: only the store knows it. */
const LIVE_TALLY =
  /已售|销量|售出|已卖|卖出|已领|已抢|已参与|参与人数|人参与|已拼|已砍|已助力|剩余|仅剩|还剩|库存|名额/;
/** 仅剩 12 件, 还剩三张, 剩余 5 个名额: a count of what is left (仅剩 2 小时 is a deadline). */
const REMAINING =
  /(?:仅剩|还剩|只剩|剩余|仅余)\s*(?:最后)?\s*(?:\d+|[一二两三四五六七八九十百千万]+)\s*(?:张|件|份|台|杯|套|盒|瓶|个名额|位名额|名额|个)/g;

export const PROMISE_RULES: Record<PromiseRuleId, ConfigRule> = {
  // Every count a shopper reads is computed from the store when the page asks (the landing's
  // 仅剩 N 张 is the budget left, 已有 N 人参与 the people who took part); a number typed into
  // the config never moves after a claim, so it is false from the first one. F码 copy has its
  // own rule (fcode-scarcity-mismatch) against its batches.
  'typed-live-count': {
    severity: 'error',
    source: SOURCES.falseClaims,
    check: (c) => {
      if (c.kind === 'fcode') return [];
      const numbers = c.landing.sections.flatMap((section, i) =>
        section.type === 'proof'
          ? section.numbers.flatMap((n, j) =>
              LIVE_TALLY.test(n.label) || LIVE_TALLY.test(n.value)
                ? [
                    {
                      path: ['landing', 'sections', i, 'numbers', j],
                      quote: `${n.label} ${n.value}`,
                      message: `数字“${n.label} ${n.value}”是写死的数量，领取、下单后不会变化：用户看到的每个数量都必须来自实时数据。`,
                      rewrite:
                        '删去这一项；剩余数量由页面按实时库存或券的剩余预算显示，参与人数由页面实时统计。',
                    },
                  ]
                : [],
            )
          : [],
      );
      const copy = campaignTexts(c)
        .filter(({ path }) => !path.includes('numbers'))
        .flatMap(({ path, text }) =>
          [...text.matchAll(REMAINING)].map((m) => ({
            path,
            quote: m[0],
            message: `文案“${m[0]}”写死了剩余数量，领取、下单后不会变化：剩余多少只能由页面实时显示。`,
            rewrite: 'stock 设为真实库存后写“限量 N 件”，剩余数量交给页面的实时显示。',
          })),
        );
      return [...numbers, ...copy];
    },
  },
  // The page offers 重新发起 only when a start would go through; copy must not promise more.
  'restart-promise-unbacked': {
    severity: 'error',
    source: SOURCES.falseClaims,
    check: (c) => {
      if (restartPossible(c) !== false) return [];
      const settings = c.kind === 'bargain' ? 'bargain' : 'assist';
      return campaignTexts(c).flatMap(({ path, text }) =>
        [...text.matchAll(RESTART)]
          .filter((m) => !DENIED.test(text.slice(0, m.index)))
          .map((m) => clauseAt(text, m.index))
          .map((quote) => ({
            path,
            quote,
            message: `文案“${quote}”承诺超时后可以重新发起，但配置不允许（${settings}.restartAfterExpiry 为 false，maxStartsPerUser 为 1）：用户点“重新发起”只会被拒绝。`,
            rewrite: `删去“${quote}”的说法并写明“每人限发起 1 次”，或把 ${settings}.restartAfterExpiry 设为 true（超时未完成的不计次数）。`,
          })),
      );
    },
  },
};
