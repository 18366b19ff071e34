import type {
  AssistGetResult,
  AssistHelpResult,
  AssistMineResult,
  AssistStartResult,
} from '../../cloudfunctions/contracts/assist';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { call } from './call-function';

export const startAssist = (campaignId: string): Promise<FunctionResult<AssistStartResult>> =>
  call('assist', 'start', { campaignId });

export const helpAssist = (assistId: string): Promise<FunctionResult<AssistHelpResult>> =>
  call('assist', 'help', { assistId });

export const getAssist = (assistId: string): Promise<FunctionResult<AssistGetResult>> =>
  call('assist', 'get', { assistId });

export const myAssists = (campaignId?: string): Promise<FunctionResult<AssistMineResult>> =>
  call('assist', 'mine', { ...(campaignId ? { campaignId } : {}) });
