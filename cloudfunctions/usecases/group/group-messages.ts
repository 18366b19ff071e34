import type { GroupJoinRefusal } from '../../contracts/group';

/** Server-side messages (for logs and developers; the page words each code itself). */
export const GROUP_MESSAGES: Record<GroupJoinRefusal, string> = {
  CLOSED: 'the group has already formed',
  EXPIRED: 'the group did not fill up in time',
  GROUP_FULL: 'every seat of the group is taken',
  NOT_LIVE: 'the campaign is not running',
};

export const HOLD_LIMIT_MESSAGE =
  'you already hold as many unpaid seats in this campaign’s groups as it allows: pay or let one lapse';
