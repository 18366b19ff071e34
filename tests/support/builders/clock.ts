/** An injected clock reading, written as an ISO instant so a test reads like a timeline. */
export function at(iso: string): Date {
  return new Date(iso);
}

export function msAfter(instant: Date, ms: number): Date {
  return new Date(instant.getTime() + ms);
}

export const NOW = at('2025-03-01T10:00:00.000+08:00');

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
