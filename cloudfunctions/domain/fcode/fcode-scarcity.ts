import type { FcodeCampaign } from '../../contracts/campaign-config';
import { parseChineseNumber } from '../compliance/text/chinese-number';

export interface ScarcityText {
  path: (string | number)[];
  text: string;
}

export interface ScarcityFinding {
  path: (string | number)[];
  message: string;
}

/** 首批 is the first; 第二批, 第 2 批 read as the compliance checker reads any Chinese numeral. */
const batchNumber = (word: string): number =>
  word === '首' ? 1 : (parseChineseNumber(word) ?? Number(word));

/** “第二批 300 个”, “首批共 30 个”: a batch named with its size. */
const NAMED_BATCH =
  /(?:第\s*([一二两三四五六七八九十]|\d{1,2})\s*批|(首)批)\s*(?:共|仅|只有|限量)?\s*(\d+)\s*个/g;
/** “本批 30 个F码”, “限量 30 个F码”, “共 30 个邀请码”: a count of codes. */
const CODE_COUNT = /(?:本批|每批|限量|共|仅|只有)\s*(\d+)\s*个\s*(?:F码|f码|邀请码|码)/g;
/** “仅剩 3 个”, “最后 5 个”, “还剩 2 个”: what is left can only be counted live. */
const REMAINING = /(?:仅剩|还剩|只剩|剩余|最后)\s*(\d+)\s*个/g;

/**
 * Scarcity copy in an F码 campaign must agree with its batches (issue 18: “a page that says
 * 仅剩 3 个 while the merchant can mint more is a lie”). A batch named with a size must have
 * that size; a count of codes must be the size of one of the batches; and how many are left
 * changes with every hand-off, so only the page's live count may say it, never fixed copy.
 */
export function fcodeScarcityFindings(
  config: Pick<FcodeCampaign, 'fcode'>,
  texts: ScarcityText[],
): ScarcityFinding[] {
  const sizes = config.fcode.batches.map((b) => b.size);
  const findings: ScarcityFinding[] = [];
  for (const { path, text } of texts) {
    for (const m of text.matchAll(NAMED_BATCH)) {
      const n = batchNumber(m[1] ?? m[2] ?? '');
      const said = Number(m[3]);
      const size = sizes[n - 1];
      if (size === undefined) {
        findings.push({
          path,
          message: `文案“${m[0]}”提到第 ${n} 批，但配置只有 ${sizes.length} 批：请先在 fcode.batches 中设置这一批。`,
        });
      } else if (size !== said) {
        findings.push({
          path,
          message: `文案“${m[0]}”与配置不符：第 ${n} 批共 ${size} 个F码。数量在发布时固定，文案必须写真实数量。`,
        });
      }
    }
    for (const m of text.matchAll(CODE_COUNT)) {
      const said = Number(m[1]);
      if (!sizes.includes(said)) {
        findings.push({
          path,
          message: `文案“${m[0]}”与配置不符：各批数量为 ${sizes.join('、')} 个。`,
        });
      }
    }
    for (const m of text.matchAll(REMAINING)) {
      findings.push({
        path,
        message: `文案“${m[0]}”写死了剩余数量：剩余多少会随时变化，只能由页面实时显示（本批已发出、已使用、排队人数）。`,
      });
    }
  }
  return findings;
}
