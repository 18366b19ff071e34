import type {
  FcodeAcceptResult,
  FcodeGetResult,
  FcodeJoinResult,
  FcodeLookupResult,
  FcodeStatsResult,
} from '../../cloudfunctions/contracts/fcode';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { callFunction } from './call-function';

export const getFcode = (campaignId: string): Promise<FunctionResult<FcodeGetResult>> =>
  callFunction('fcode', { action: 'get', campaignId });

/** A shared code as the friend who opened it sees it. */
export const lookupFcode = (code: string): Promise<FunctionResult<FcodeLookupResult>> =>
  callFunction('fcode', { action: 'lookup', code });

export const acceptFcode = (code: string): Promise<FunctionResult<FcodeAcceptResult>> =>
  callFunction('fcode', { action: 'accept', code });

export const joinWaitlist = (campaignId: string): Promise<FunctionResult<FcodeJoinResult>> =>
  callFunction('fcode', { action: 'join', campaignId });

/** Weapp only: the poster's mini-program code, whose scene carries the F码 and the token. */
export const fcodePoster = (
  code: string,
  token: string | null,
): Promise<FunctionResult<{ contentType: string; imageBase64: string }>> =>
  callFunction('fcode', { action: 'poster', code, ...(token ? { token } : {}) });

/** Merchant only. */
export const fcodeStats = (campaignId: string): Promise<FunctionResult<FcodeStatsResult>> =>
  callFunction('fcode', { action: 'stats', campaignId });
