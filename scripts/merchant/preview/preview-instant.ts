const MINUTE_MS = 60_000;
/** A preview plays for about a minute: a window closing sooner than this is previewed earlier. */
const MIN_WINDOW_LEFT_MS = 30 * MINUTE_MS;

export interface PreviewInstant {
  /** The instant the host believes it is while the preview plays. */
  at: Date;
  /** What to give the host as FISSION_CLOCK_OFFSET_MS (0: the real clock). */
  offsetMs: number;
  /** Why the clock moved, for the merchant; null when it did not. */
  reason: string | null;
}

/**
 * When to play the campaign. Starts and helps are refused outside the campaign's window, so a
 * campaign that has not started yet (or has already ended) is previewed as of one minute after
 * its `startsAt` (or a day before its `endsAt` when it has no start) by moving the host's clock.
 */
export function previewInstant(
  window: { startsAt?: string; endsAt?: string },
  now: Date,
): PreviewInstant {
  const startsAt = window.startsAt ? Date.parse(window.startsAt) : -Infinity;
  const endsAt = window.endsAt ? Date.parse(window.endsAt) : Infinity;
  const t = now.getTime();
  if (t >= startsAt && t < endsAt - MIN_WINDOW_LEFT_MS) {
    return { at: now, offsetMs: 0, reason: null };
  }
  const at = Number.isFinite(startsAt)
    ? Math.min(startsAt + MINUTE_MS, startsAt + (endsAt - startsAt) / 2)
    : endsAt - 24 * 60 * MINUTE_MS;
  const reason =
    t < startsAt
      ? `the campaign starts at ${window.startsAt}: previewed as of ${new Date(at).toISOString()}`
      : `the campaign ${t >= endsAt ? 'ended' : 'ends'} at ${window.endsAt}: previewed as of ${new Date(at).toISOString()}`;
  return { at: new Date(at), offsetMs: at - t, reason };
}
