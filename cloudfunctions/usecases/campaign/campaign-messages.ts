import type { ErrorCode } from '../../contracts/errors';

/** Developer-facing messages for the lifecycle's refusals; the client shows its own text. */
export const CAMPAIGN_MESSAGES = {
  NOT_LIVE: 'the campaign is not running',
  CAMPAIGN_PAUSED: 'the campaign is paused: nothing new starts, what started goes on',
} as const satisfies Partial<Record<ErrorCode, string>>;
