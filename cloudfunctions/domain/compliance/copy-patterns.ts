/**
 * Wording that crosses WeChat's lines, as data: add a row to catch a new phrasing. Patterns
 * are matched against every piece of copy a shopper sees (titles, rules, buttons, share
 * titles). `examples` document the intent and are checked by the tests.
 */
export interface CopyPattern {
  pattern: RegExp;
  examples: string[];
}

/** Copy that demands or pressures sharing (诱导分享): 分享到3个群, 转发才能领取… */
export const SHARE_DEMAND_PATTERNS: readonly CopyPattern[] = [
  {
    pattern: /分享(到|至)?\s*\d+\s*个?(群|好友|人)/,
    examples: ['分享到3个群即可领取', '分享至 5 个好友'],
  },
  {
    pattern: /(分享|转发)(后|才能|才可|即可)(领取|解锁|查看|获得|抽奖)/,
    examples: ['转发才能领取', '分享后解锁全文'],
  },
  { pattern: /(不|未)(分享|转发).{0,6}(无法|不能|没有)/, examples: ['不分享将无法领取'] },
  { pattern: /(分享|转发)到?朋友圈.{0,8}(领|得|奖|送)/, examples: ['转发朋友圈送好礼'] },
  { pattern: /集\s*\d*\s*个?赞/, examples: ['集 30 个赞免费拿'] },
  { pattern: /快(去|来)?(分享|转发)/, examples: ['快去分享给好友吧'] },
];

/** Scarcity claims; misleading when the campaign sets no stock to back them. */
export const SCARCITY_PATTERNS: readonly CopyPattern[] = [
  {
    pattern: /限量|仅剩|最后\s*\d+\s*(件|份|个|名)|手慢无|即将(售罄|抢光)|库存紧张/,
    examples: ['限量 100 件', '仅剩 3 份', '手慢无'],
  },
];

/** "Free" claims; misleading when the shopper still has to pay. */
export const FREE_PATTERNS: readonly CopyPattern[] = [
  { pattern: /免费|0\s*元|零元|白拿|白送/, examples: ['免费领取', '0 元拿', '白拿保温杯'] },
];

export function firstMatch(text: string, patterns: readonly CopyPattern[]): string | null {
  for (const { pattern } of patterns) {
    const match = pattern.exec(text);
    if (match) return match[0];
  }
  return null;
}
