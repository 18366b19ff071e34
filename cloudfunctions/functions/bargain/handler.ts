import { bargainContract } from '../../contracts/bargain';
import { getBargain, listMyBargains } from '../../usecases/bargain/get-bargain';
import { helpBargain } from '../../usecases/bargain/help-bargain';
import { startBargain } from '../../usecases/bargain/start-bargain';
import { defineFunction } from '../define-function';

export const bargainFunction = defineFunction(bargainContract, {
  start: (input, { caller, deps }) => startBargain(input, caller, deps),
  help: (input, { caller, deps }) => helpBargain(input, caller, deps),
  get: (input, { caller, deps }) => getBargain(input, caller, deps),
  mine: (input, { caller, deps }) => listMyBargains(input, caller, deps),
});
