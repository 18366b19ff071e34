/**
 * The closed set of error codes every function may answer with. A code is part of the
 * contract: the client shows a message per code, the host maps each to an HTTP status.
 */
export const ERROR_HTTP_STATUS = {
  INVALID_INPUT: 400,
  UNKNOWN_ACTION: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  UNKNOWN_FUNCTION: 404,
  SELF_HELP: 409,
  ALREADY_HELPED: 409,
  HELP_LIMIT: 409,
  NEW_USERS_ONLY: 409,
  START_LIMIT: 409,
  CLOSED: 409,
  EXPIRED: 409,
  NOT_LIVE: 409,
  BUDGET_EXHAUSTED: 409,
  CLAIM_LIMIT: 409,
  NOT_CLAIMABLE: 409,
  ALREADY_REDEEMED: 409,
  COUPON_NOT_USABLE: 409,
  /** The coupon is not the buyer's, or is bound to a product the order does not hold. */
  COUPON_NOT_APPLICABLE: 409,
  /** The coupon's window has not opened yet. */
  COUPON_NOT_STARTED: 409,
  /** The coupon's window has closed. */
  COUPON_EXPIRED: 409,
  /** The order does not reach the coupon's minimum spend. */
  MIN_SPEND_NOT_MET: 409,
  /** The campaign has participants: what it promised can no longer change. */
  CAMPAIGN_LOCKED: 409,
  /** The merchant paused the campaign: nothing new starts; what started goes on. */
  CAMPAIGN_PAUSED: 409,
  /** The lifecycle does not allow this move (e.g. a live campaign back to draft). */
  INVALID_TRANSITION: 409,
  /** Every seat of the group is taken (paid, or held for someone paying). */
  GROUP_FULL: 409,
  /** The person already holds as many unpaid seats in this campaign's groups as it allows. */
  HOLD_LIMIT: 409,
  /** Every coupon in the packet has been claimed. */
  PACKET_EMPTY: 409,
  /** The sharer of a packet cannot claim from it: it is for their friends. */
  SELF_CLAIM: 409,
  /** The order was refunded (its group failed): there is no purchase to vouch for. */
  ORDER_REFUNDED: 409,
  /** The order paid a group seat, but the group has not formed yet. */
  ORDER_PENDING: 409,
  /** F码: someone else accepted this code first. */
  CODE_TAKEN: 409,
  /** F码: a holder cannot accept their own code; it is for a friend. */
  SELF_ACCEPT: 409,
  /** F码: the person already holds a code of this batch. */
  ONE_PER_BATCH: 409,
  /** F码: the code does not apply to this order (another buyer's, campaign or product). */
  FCODE_NOT_USABLE: 409,
  /** Circle: every friend coupon of the post has been claimed. */
  POOL_EMPTY: 409,
  /** Circle: the post's words crossed a compliance rule (e.g. asking friends to share). */
  WORDS_REFUSED: 409,
  INTERNAL: 500,
  /**
   * A platform capability this runtime lacks (e.g. WeChat's QR codes in the local host), or
   * the database is down, dropped or unreachable — then with `retryAfterSeconds`.
   */
  UNAVAILABLE: 503,
  /**
   * A bound ran out: no pooled connection, a lock or a statement took longer than configured.
   * Nothing was changed; retry after `retryAfterSeconds`.
   */
  BUSY: 503,
} as const satisfies Record<string, 400 | 401 | 403 | 404 | 409 | 500 | 503>;

export type ErrorCode = keyof typeof ERROR_HTTP_STATUS;

export const ERROR_CODES = Object.keys(ERROR_HTTP_STATUS) as ErrorCode[];

export interface ErrorBody {
  code: ErrorCode;
  message: string;
  /** Set when trying again later can succeed (BUSY, an unavailable database): the host sends it as `retry-after`. */
  retryAfterSeconds?: number;
}

/**
 * An expected failure: a rule refused, the input was bad, the caller lacks a role.
 * Use cases throw it inside a transaction so the transaction rolls back and nothing changes;
 * the function entry turns it into `{ ok: false, error }`. Anything else thrown is a bug.
 */
export class AppError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'AppError';
    this.code = code;
  }
}

export function isAppError(value: unknown): value is AppError {
  return value instanceof AppError;
}
