import type {
  BargainGetResult,
  BargainHelpResult,
  BargainMineResult,
  BargainStartResult,
} from '../../cloudfunctions/contracts/bargain';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { callFunction } from './call-function';

export const startBargain = (campaignId: string): Promise<FunctionResult<BargainStartResult>> =>
  callFunction('bargain', { action: 'start', campaignId });

export const helpBargain = (bargainId: string): Promise<FunctionResult<BargainHelpResult>> =>
  callFunction('bargain', { action: 'help', bargainId });

export const getBargain = (bargainId: string): Promise<FunctionResult<BargainGetResult>> =>
  callFunction('bargain', { action: 'get', bargainId });

export const myBargains = (campaignId?: string): Promise<FunctionResult<BargainMineResult>> =>
  callFunction('bargain', { action: 'mine', ...(campaignId ? { campaignId } : {}) });
