const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese numeral is written with (after traditional → simplified). */
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千万';

/**
 * The value of a Chinese numeral (三 → 3, 十二 → 12, 两百 → 200, 二〇二六 → 2026, 一万 → 10000),
 * or null when the run is not one (万一, 十十). Merchants write counts in words as often as in
 * digits, and a count is a count however it is written.
 */
export function parseChineseNumber(run: string): number | null {
  if (run.length === 0) return null;
  const chars = [...run];
  // Digit by digit, as years and codes are written: 二〇二六.
  if (chars.length > 1 && chars.every((c) => c in DIGITS)) {
    return Number(chars.map((c) => DIGITS[c]).join(''));
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const c of chars) {
    if (c in DIGITS) {
      // 一百零五: a zero between positions only holds the place.
      if (DIGITS[c] === 0 && (lastUnit !== Infinity || total > 0)) continue;
      if (digit !== null) return null;
      digit = DIGITS[c]!;
    } else if (c in UNITS) {
      const unit = UNITS[c]!;
      if (unit >= lastUnit) return null;
      section += (digit ?? (unit === 10 ? 1 : NaN)) * unit;
      if (Number.isNaN(section)) return null;
      digit = null;
      lastUnit = unit;
    } else if (c === '万') {
      section += digit ?? 0;
      if (section === 0) return null;
      if (total > 0) return null;
      total = section * 10000;
      section = 0;
      digit = null;
      lastUnit = Infinity;
    } else {
      return null;
    }
  }
  return total + section + (digit ?? 0);
}
