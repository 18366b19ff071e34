import { assistContract } from '../../contracts/assist';
import { getAssist, listMyAssists } from '../../usecases/assist/get-assist';
import { helpAssist } from '../../usecases/assist/help-assist';
import { startAssist } from '../../usecases/assist/start-assist';
import { defineFunction } from '../define-function';

export const assistFunction = defineFunction(assistContract, {
  start: (input, { caller, deps }) => startAssist(input, caller, deps),
  help: (input, { caller, deps }) => helpAssist(input, caller, deps),
  get: (input, { caller, deps }) => getAssist(input, caller, deps),
  mine: (input, { caller, deps }) => listMyAssists(input, caller, deps),
});
