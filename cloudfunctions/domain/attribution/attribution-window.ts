const DAY_MS = 86_400_000;

export const DEFAULT_ATTRIBUTION_WINDOW_DAYS = 7;

/**
 * Whether `now` still falls in an attribution window opened at `from`. The window counts whole
 * 24-hour days (China keeps no daylight saving); its end is the first instant outside, the
 * millisecond before it is inside. There is no lower bound: an instant a little before `from`
 * is server clock skew between instances, and a real friend should not lose their sharer to it.
 */
export function withinAttributionWindow(
  from: Date,
  now: Date,
  windowDays: number = DEFAULT_ATTRIBUTION_WINDOW_DAYS,
): boolean {
  return now.getTime() < from.getTime() + windowDays * DAY_MS;
}
