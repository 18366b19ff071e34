import { assistActions, assistResults } from '../../contracts/assist';
import { getAssist, listMyAssists } from '../../usecases/assist/get-assist';
import { helpAssist } from '../../usecases/assist/help-assist';
import { startAssist } from '../../usecases/assist/start-assist';
import { defineAction, defineFunction } from '../define-function';

export const assistFunction = defineFunction('assist', {
  start: defineAction({
    input: assistActions.start,
    output: assistResults.start,
    run: (input, { caller, deps }) => startAssist(input, caller, deps),
  }),
  help: defineAction({
    input: assistActions.help,
    output: assistResults.help,
    run: (input, { caller, deps }) => helpAssist(input, caller, deps),
  }),
  get: defineAction({
    input: assistActions.get,
    output: assistResults.get,
    run: (input, { caller, deps }) => getAssist(input, caller, deps),
  }),
  mine: defineAction({
    input: assistActions.mine,
    output: assistResults.mine,
    run: (input, { caller, deps }) => listMyAssists(input, caller, deps),
  }),
});
