import type { BargainSettings } from '../../../cloudfunctions/contracts/campaign-config';
import { bargainPlan } from '../../../cloudfunctions/domain/bargain/bargain-plan';
import type { BargainState } from '../../../cloudfunctions/domain/bargain/decide-bargain-help';
import { NOW } from './clock';

export function bargainSettings(overrides: Partial<BargainSettings> = {}): BargainSettings {
  return {
    priceFen: 9900,
    floorFen: 100,
    helpsNeeded: 10,
    durationHours: 24,
    maxStartsPerUser: 1,
    restartAfterExpiry: true,
    helperDailyLimit: 3,
    newUsersOnly: false,
    initiatorFirstCut: true,
    rewardValidDays: 7,
    ...overrides,
  };
}

export interface BargainBuild extends Partial<BargainState> {
  priceFen?: number;
  initiatorFirstCut?: boolean;
  seed?: string;
}

/**
 * A consistent bargain: its schedule comes from the real plan and `currentFen`/`cutsDone`
 * follow from `helpsDone`, so a test only states what it is about.
 */
export function aBargain(overrides: BargainBuild = {}): BargainState {
  const { priceFen, initiatorFirstCut, seed, ...state } = overrides;
  const settings = bargainSettings({
    ...(priceFen !== undefined && { priceFen }),
    ...(state.floorFen !== undefined && { floorFen: state.floorFen }),
    ...(state.helpsNeeded !== undefined && { helpsNeeded: state.helpsNeeded }),
    ...(initiatorFirstCut !== undefined && { initiatorFirstCut }),
  });
  const plan = bargainPlan(settings, seed ?? 'brg_test');
  const helpsDone = state.helpsDone ?? 0;
  const cutsDone = plan.cutsDone + helpsDone;
  const cutSoFar = plan.schedule.slice(0, cutsDone).reduce((sum, cut) => sum + cut, 0);
  return {
    initiatorOpenid: 'o-initiator',
    status: helpsDone === settings.helpsNeeded ? 'completed' : 'active',
    endsAt: new Date(NOW.getTime() + settings.durationHours * 3_600_000),
    helpsDone,
    helpsNeeded: settings.helpsNeeded,
    currentFen: settings.priceFen - cutSoFar,
    floorFen: settings.floorFen,
    schedule: plan.schedule,
    cutsDone,
    ...state,
  };
}
