import type { HelpLimits, Helper } from '../../../cloudfunctions/domain/help/help-refusal';

/** A helper who may help: a stranger to the initiator, new, no helps yet today. */
export function aHelper(overrides: Partial<Helper> = {}): Helper {
  return {
    openid: 'o-friend',
    isNewToCampaign: true,
    helpsToday: 0,
    alreadyHelped: false,
    ...overrides,
  };
}

export function helpLimits(overrides: Partial<HelpLimits> = {}): HelpLimits {
  return { newUsersOnly: false, helperDailyLimit: 3, ...overrides };
}

/** What a bargain's or assist's page tells a friend who may help and has not yet. */
export function aFriendViewer() {
  return {
    isInitiator: false,
    hasHelped: false,
    canHelp: true,
    helpRefusal: null,
    canRestart: false,
    restartRefusal: null,
  };
}
