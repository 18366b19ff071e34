/**
 * The thinnest bar a non-zero stage gets: 3 orders out of 10,000 visitors is 0.03%, which
 * would render as nothing and read as "no orders".
 */
export const MIN_BAR_PERCENT = 2;

/**
 * A funnel bar's width in percent of `base` (the first stage's count), one decimal. Later
 * stages can outgrow the first (one visitor helps several bargains): those are capped at
 * 100 so the bar never leaves its track.
 */
export function barPercent(count: number, base: number): number {
  if (count <= 0 || base <= 0) return 0;
  const percent = Math.round((count / base) * 1000) / 10;
  return Math.min(100, Math.max(MIN_BAR_PERCENT, percent));
}

/**
 * What the bars are measured against: the first stage, or, when it recorded nothing (visits
 * are only logged on launch, so a funnel can start from zero), the largest stage.
 */
export function barBase(counts: readonly number[]): number {
  const first = counts[0] ?? 0;
  return first > 0 ? first : Math.max(0, ...counts);
}
