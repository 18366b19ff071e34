import type {
  GroupGetResult,
  GroupJoinResult,
  GroupMineResult,
  GroupOpenResult,
} from '../../cloudfunctions/contracts/group';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { callFunction } from './call-function';

export const openGroup = (campaignId: string): Promise<FunctionResult<GroupOpenResult>> =>
  callFunction('group', { action: 'open', campaignId });

/** Holds a seat for the viewer; the seat becomes theirs once the payment is reported. */
export const joinGroup = (groupId: string): Promise<FunctionResult<GroupJoinResult>> =>
  callFunction('group', { action: 'join', groupId });

export const getGroup = (groupId: string): Promise<FunctionResult<GroupGetResult>> =>
  callFunction('group', { action: 'get', groupId });

export const myGroups = (campaignId?: string): Promise<FunctionResult<GroupMineResult>> =>
  callFunction('group', { action: 'mine', ...(campaignId ? { campaignId } : {}) });
