import { groupContract } from '../../contracts/group';
import { getGroup, listMyGroups } from '../../usecases/group/get-group';
import { joinGroup } from '../../usecases/group/join-group';
import { openGroup } from '../../usecases/group/open-group';
import { defineFunction } from '../define-function';

export const groupFunction = defineFunction(groupContract, {
  open: (input, { caller, deps }) => openGroup(input, caller, deps),
  join: (input, { caller, deps }) => joinGroup(input, caller, deps),
  get: (input, { caller, deps }) => getGroup(input, caller, deps),
  mine: (input, { caller, deps }) => listMyGroups(input, caller, deps),
});
