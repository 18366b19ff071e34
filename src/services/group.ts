import type {
  GroupGetResult,
  GroupJoinResult,
  GroupMineResult,
  GroupOpenResult,
} from '../../cloudfunctions/contracts/group';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { call } from './call-function';

export const openGroup = (campaignId: string): Promise<FunctionResult<GroupOpenResult>> =>
  call('group', 'open', { campaignId });

/** Holds a seat for the viewer; the seat becomes theirs once the payment is reported. */
export const joinGroup = (groupId: string): Promise<FunctionResult<GroupJoinResult>> =>
  call('group', 'join', { groupId });

export const getGroup = (groupId: string): Promise<FunctionResult<GroupGetResult>> =>
  call('group', 'get', { groupId });

export const myGroups = (campaignId?: string): Promise<FunctionResult<GroupMineResult>> =>
  call('group', 'mine', { ...(campaignId ? { campaignId } : {}) });
