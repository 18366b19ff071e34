import { bargainActions, bargainResults } from '../../contracts/bargain';
import { getBargain, listMyBargains } from '../../usecases/bargain/get-bargain';
import { helpBargain } from '../../usecases/bargain/help-bargain';
import { startBargain } from '../../usecases/bargain/start-bargain';
import { defineAction, defineFunction } from '../define-function';

export const bargainFunction = defineFunction('bargain', {
  start: defineAction({
    input: bargainActions.start,
    output: bargainResults.start,
    run: (input, { caller, deps }) => startBargain(input, caller, deps),
  }),
  help: defineAction({
    input: bargainActions.help,
    output: bargainResults.help,
    run: (input, { caller, deps }) => helpBargain(input, caller, deps),
  }),
  get: defineAction({
    input: bargainActions.get,
    output: bargainResults.get,
    run: (input, { caller, deps }) => getBargain(input, caller, deps),
  }),
  mine: defineAction({
    input: bargainActions.mine,
    output: bargainResults.mine,
    run: (input, { caller, deps }) => listMyBargains(input, caller, deps),
  }),
});
