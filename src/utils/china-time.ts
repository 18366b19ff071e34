const CHINA_OFFSET_MS = 8 * 3_600_000;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * "11-23 16:05": a server timestamp as a shopper in China reads it, whatever time zone the
 * phone (or the test machine) is set to. China has no daylight saving, so +8 h is exact.
 */
export function formatChinaTime(iso: string): string {
  const t = new Date(Date.parse(iso) + CHINA_OFFSET_MS);
  return `${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

/**
 * "2026-03-08 10:00": with the year, for what a merchant may look up again months later (a
 * notice from WeChat, its deadline), in China time like formatChinaTime.
 */
export function formatChinaDateTime(iso: string): string {
  const t = new Date(Date.parse(iso) + CHINA_OFFSET_MS);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}
