import type { AssistState } from '../../../cloudfunctions/domain/assist/decide-assist-help';
import { NOW } from './clock';

export function anAssist(overrides: Partial<AssistState> = {}): AssistState {
  const helpsNeeded = overrides.helpsNeeded ?? 5;
  const helpsDone = overrides.helpsDone ?? 0;
  return {
    initiatorOpenid: 'o-initiator',
    status: helpsDone === helpsNeeded ? 'completed' : 'active',
    endsAt: new Date(NOW.getTime() + 24 * 3_600_000),
    helpsDone,
    helpsNeeded,
    ...overrides,
  };
}
