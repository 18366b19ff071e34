/**
 * When a failed delivery is tried again: exponential backoff with "equal jitter" (half the
 * delay fixed, half random), so a receiver that was down is not hit by every retry at once
 * when it comes back, and bounded by a horizon after which the delivery is given up and left
 * visible as failed with its last error.
 */
export interface RetryPolicy {
  /** The delay after the first failure. */
  baseMs: number;
  /** No single delay grows past this. */
  capMs: number;
  /** No retry is scheduled later than this after the event. */
  horizonMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  baseMs: 10_000,
  capMs: 60 * 60_000,
  horizonMs: 72 * 60 * 60_000,
};

/**
 * The next attempt after `attempts` failed ones (1 for the first failure), or null when it
 * would fall past the horizon measured from `firstAt` (the event's time).
 */
export function nextAttemptAt(
  policy: RetryPolicy,
  attempts: number,
  firstAt: Date,
  now: Date,
  random: () => number = Math.random,
): Date | null {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  const delay = Math.min(policy.capMs, policy.baseMs * 2 ** exponent);
  const jittered = delay / 2 + random() * (delay / 2);
  const at = new Date(now.getTime() + Math.round(jittered));
  return at.getTime() > firstAt.getTime() + policy.horizonMs ? null : at;
}
