/**
 * A violation notice's `detail`: a JSON string whose shape depends on event_type. Two shapes
 * are documented — 1 (a warning: warned_type, rectify_deadline, warned_function_names,
 * warned_ban_days) and 2 (a ban: banned_function_names, banned_days), each list of names
 * paired by index with its list of days. Anything else is kept as WeChat wrote it, so the
 * merchant still reads it: a notice is never lost to a shape this code did not expect.
 */
export interface PunishDetail {
  /** The detail as an object, when it was one. */
  parsed: Record<string, unknown> | null;
  warnedType: number | null;
  rectifyDeadline: Date | null;
  functions: { name: string; days: number | null }[];
  /** Days of the account ban or takedown a warning announces (its list holds one figure). */
  days: number | null;
  /** The detail as sent, when nothing above could be read from it. */
  unread: string | null;
}

const MAX_ITEMS = 50;
/** 2100-01-01 in unix seconds: anything later is not a deadline in seconds. */
const LATEST_SECONDS = 4_102_444_800;

function count(value: unknown): number | null {
  const n = typeof value === 'string' && /^\d{1,10}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : null;
}

function instant(value: unknown): Date | null {
  const seconds = count(value);
  return seconds !== null && seconds > 0 && seconds <= LATEST_SECONDS
    ? new Date(seconds * 1000)
    : null;
}

function names(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value
    .slice(0, MAX_ITEMS)
    .map((v) => (typeof v === 'string' || typeof v === 'number' ? String(v).trim() : ''))
    .filter(Boolean)
    .map((name) => name.slice(0, 100));
}

function counts(value: unknown): (number | null)[] {
  return Array.isArray(value) ? value.slice(0, MAX_ITEMS).map(count) : [];
}

const paired = (list: string[], days: (number | null)[]) =>
  list.map((name, i) => ({ name, days: days[i] ?? null }));

function asObject(detail: string | Record<string, unknown>): Record<string, unknown> | null {
  if (typeof detail !== 'string') return detail;
  try {
    const value: unknown = JSON.parse(detail);
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null;
  } catch {
    return null;
  }
}

export function readPunishDetail(
  eventType: number,
  detail: string | Record<string, unknown> | undefined,
): PunishDetail {
  const empty: PunishDetail = {
    parsed: null,
    warnedType: null,
    rectifyDeadline: null,
    functions: [],
    days: null,
    unread: null,
  };
  if (detail === undefined) return empty;
  const text = (typeof detail === 'string' ? detail : JSON.stringify(detail)).trim();
  if (text === '' || text === '{}') return empty;
  const parsed = asObject(detail);
  const unread = { ...empty, parsed, unread: text };
  if (!parsed) return unread;

  if (eventType === 1) {
    const warnedNames = names(parsed.warned_function_names);
    const warnedDays = counts(parsed.warned_ban_days);
    const read: PunishDetail = {
      ...empty,
      parsed,
      warnedType: count(parsed.warned_type),
      rectifyDeadline: instant(parsed.rectify_deadline),
      functions: paired(warnedNames, warnedDays),
      // Names are given only for a warned function ban; otherwise the one figure is the
      // account ban's or the takedown's length.
      days: warnedNames.length === 0 ? (warnedDays[0] ?? null) : null,
    };
    const readAnything =
      read.warnedType !== null || read.rectifyDeadline !== null || warnedDays.length > 0;
    return readAnything ? read : unread;
  }
  if (eventType === 2) {
    const functions = paired(names(parsed.banned_function_names), counts(parsed.banned_days));
    return functions.length > 0 ? { ...empty, parsed, functions } : unread;
  }
  return unread;
}
