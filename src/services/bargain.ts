import type {
  BargainGetResult,
  BargainHelpResult,
  BargainMineResult,
  BargainStartResult,
} from '../../cloudfunctions/contracts/bargain';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { call } from './call-function';

export const startBargain = (campaignId: string): Promise<FunctionResult<BargainStartResult>> =>
  call('bargain', 'start', { campaignId });

export const helpBargain = (bargainId: string): Promise<FunctionResult<BargainHelpResult>> =>
  call('bargain', 'help', { bargainId });

export const getBargain = (bargainId: string): Promise<FunctionResult<BargainGetResult>> =>
  call('bargain', 'get', { bargainId });

export const myBargains = (campaignId?: string): Promise<FunctionResult<BargainMineResult>> =>
  call('bargain', 'mine', { ...(campaignId ? { campaignId } : {}) });
