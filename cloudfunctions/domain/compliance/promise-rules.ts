import type { CampaignConfig } from '../../contracts/campaign-config';
import { campaignTexts } from './campaign-texts';
import type { ConfigRule } from './config-rule';
import { SOURCES } from './sources';

export type PromiseRuleId = 'restart-promise-unbacked';

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

export const PROMISE_RULES: Record<PromiseRuleId, ConfigRule> = {
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
