import { groupActions, groupResults } from '../../contracts/group';
import { getGroup, listMyGroups } from '../../usecases/group/get-group';
import { joinGroup } from '../../usecases/group/join-group';
import { openGroup } from '../../usecases/group/open-group';
import { defineAction, defineFunction } from '../define-function';

export const groupFunction = defineFunction('group', {
  open: defineAction({
    input: groupActions.open,
    output: groupResults.open,
    run: (input, { caller, deps }) => openGroup(input, caller, deps),
  }),
  join: defineAction({
    input: groupActions.join,
    output: groupResults.join,
    run: (input, { caller, deps }) => joinGroup(input, caller, deps),
  }),
  get: defineAction({
    input: groupActions.get,
    output: groupResults.get,
    run: (input, { caller, deps }) => getGroup(input, caller, deps),
  }),
  mine: defineAction({
    input: groupActions.mine,
    output: groupResults.mine,
    run: (input, { caller, deps }) => listMyGroups(input, caller, deps),
  }),
});
