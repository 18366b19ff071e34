import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);

/** China is UTC+8 all year (no daylight saving), so a fixed offset is exact. */
const CHINA_OFFSET_MINUTES = 480;

/** 0 = Sunday … 6 = Saturday, as `Date#getDay` and dayjs count them. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** When the weekly board resets, in China time: a weekday and a whole hour (0–23). */
export interface WeeklyReset {
  weekday: Weekday;
  hour: number;
}

export const DEFAULT_WEEKLY_RESET: WeeklyReset = { weekday: 1, hour: 0 };

export type LeaderboardPeriod = 'week' | 'all';

/**
 * The instant the current weekly board started: the latest reset at or before `now`. The reset
 * instant itself belongs to the new week, the millisecond before it to the old one. Computed
 * in China time whatever the server's zone, so the board turns over at the same moment for
 * every shopper.
 */
export function weekStartAt(now: Date, reset: Partial<WeeklyReset> = {}): Date {
  const { weekday, hour } = { ...DEFAULT_WEEKLY_RESET, ...reset };
  if (!Number.isInteger(hour) || hour < 0 || hour > 23) {
    throw new Error(`the weekly reset hour must be a whole hour 0–23, got ${hour}`);
  }
  // China's wall clock, held in dayjs's UTC mode. Not `utcOffset(480)`: its startOf and
  // add go through the server's local zone and land an hour off across that zone's DST change.
  const china = dayjs.utc(now).add(CHINA_OFFSET_MINUTES, 'minute');
  const daysBack = (china.day() - weekday + 7) % 7;
  const thisWeeks = china.subtract(daysBack, 'day').startOf('day').add(hour, 'hour');
  // On the reset weekday but before the reset hour, the board still runs from last week.
  const start = thisWeeks.isAfter(china) ? thisWeeks.subtract(7, 'day') : thisWeeks;
  return start.subtract(CHINA_OFFSET_MINUTES, 'minute').toDate();
}

type PeriodStartAt = (now: Date, reset: Partial<WeeklyReset>) => Date | null;

const PERIOD_START: Record<LeaderboardPeriod, PeriodStartAt> = {
  week: weekStartAt,
  all: () => null,
};

/** The first instant a board's experience counts from; null for the all-time board. */
export function periodStart(
  period: LeaderboardPeriod,
  now: Date,
  reset: Partial<WeeklyReset> = {},
): Date | null {
  return PERIOD_START[period](now, reset);
}
