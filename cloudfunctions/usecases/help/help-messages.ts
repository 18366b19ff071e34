import type { ErrorCode } from '../../contracts/errors';

/** Developer-facing messages for refusals; the client shows its own Chinese text per code. */
export const HELP_MESSAGES = {
  SELF_HELP: 'you cannot help your own bargain or assist',
  CLOSED: 'it is already completed',
  EXPIRED: 'it has expired',
  ALREADY_HELPED: 'you have already helped here',
  NEW_USERS_ONLY: 'only people new to this campaign may help',
  HELP_LIMIT: 'your helps for today in this campaign are used up',
  NOT_LIVE: 'the campaign is not running',
  CAMPAIGN_PAUSED: 'the campaign is paused: nothing new starts, what started goes on',
  START_LIMIT: 'you have started as many as this campaign allows',
  BUDGET_EXHAUSTED: 'the rewards for this campaign are all promised',
} as const satisfies Partial<Record<ErrorCode, string>>;
