import type { ErrorCode } from '../../contracts/errors';

/** Developer-facing messages; the client shows its own Chinese text per code. */
export const REFUSAL_MESSAGES = {
  NOT_FOUND: 'no such coupon template',
  BUDGET_EXHAUSTED: 'the coupon budget is used up',
  CLAIM_LIMIT: 'the per-person limit for this coupon is reached',
} as const satisfies Partial<Record<ErrorCode, string>>;
