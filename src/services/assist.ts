import type {
  AssistGetResult,
  AssistHelpResult,
  AssistMineResult,
  AssistStartResult,
} from '../../cloudfunctions/contracts/assist';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { callFunction } from './call-function';

export const startAssist = (campaignId: string): Promise<FunctionResult<AssistStartResult>> =>
  callFunction('assist', { action: 'start', campaignId });

export const helpAssist = (assistId: string): Promise<FunctionResult<AssistHelpResult>> =>
  callFunction('assist', { action: 'help', assistId });

export const getAssist = (assistId: string): Promise<FunctionResult<AssistGetResult>> =>
  callFunction('assist', { action: 'get', assistId });

export const myAssists = (campaignId?: string): Promise<FunctionResult<AssistMineResult>> =>
  callFunction('assist', { action: 'mine', ...(campaignId ? { campaignId } : {}) });
