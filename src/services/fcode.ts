import type {
  FcodeAcceptResult,
  FcodeGetResult,
  FcodeJoinResult,
  FcodeLookupResult,
  FcodeStatsResult,
} from '../../cloudfunctions/contracts/fcode';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { call } from './call-function';

export const getFcode = (campaignId: string): Promise<FunctionResult<FcodeGetResult>> =>
  call('fcode', 'get', { campaignId });

/** A shared code as the friend who opened it sees it. */
export const lookupFcode = (code: string): Promise<FunctionResult<FcodeLookupResult>> =>
  call('fcode', 'lookup', { code });

export const acceptFcode = (code: string): Promise<FunctionResult<FcodeAcceptResult>> =>
  call('fcode', 'accept', { code });

export const joinWaitlist = (campaignId: string): Promise<FunctionResult<FcodeJoinResult>> =>
  call('fcode', 'join', { campaignId });

/** Weapp only: the poster's mini-program code, whose scene carries the F码 and the token. */
export const fcodePoster = (
  code: string,
  token: string | null,
): Promise<FunctionResult<{ contentType: string; imageBase64: string }>> =>
  call('fcode', 'poster', { code, ...(token ? { token } : {}) });

/** Merchant only. */
export const fcodeStats = (campaignId: string): Promise<FunctionResult<FcodeStatsResult>> =>
  call('fcode', 'stats', { campaignId });
