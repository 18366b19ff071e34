import dayjs from 'dayjs';
import duration from 'dayjs/plugin/duration';

dayjs.extend(duration);

/**
 * How far the phone's clock is from the server's, measured when a response arrived. Every
 * countdown runs on `Date.now() + offset`, so a phone set an hour wrong still shows the
 * server's truth about `endsAt`.
 */
export function serverOffsetMs(serverNowIso: string, receivedAtMs: number): number {
  return Date.parse(serverNowIso) - receivedAtMs;
}

export function remainingMs(endsAtIso: string, offsetMs: number, nowMs: number): number {
  return Math.max(0, Date.parse(endsAtIso) - (nowMs + offsetMs));
}

/** "23:59:58", or "2天 03:04:05" past a day; "00:00:00" when over. */
export function formatRemaining(ms: number): string {
  const d = dayjs.duration(Math.max(0, ms));
  const days = Math.floor(d.asDays());
  const clock = [d.hours(), d.minutes(), d.seconds()]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
  return days > 0 ? `${days}天 ${clock}` : clock;
}

/** "14:59": minutes and seconds, for short windows such as a seat held while its buyer pays. */
export function formatMinutes(ms: number): string {
  const seconds = Math.floor(Math.max(0, ms) / 1000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(seconds / 60))}:${pad(seconds % 60)}`;
}
