/** China has one time zone, UTC+8, and no daylight saving: a fixed offset is exact. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * The China calendar day of an instant, as 'YYYY-MM-DD'. Daily limits reset at midnight in
 * China, not at the server's or the phone's midnight, so per-day counters are keyed by this.
 */
export function chinaDay(now: Date): string {
  return new Date(now.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}
