import type {
  InviteLeaderboardResult,
  InviteProgressResult,
  InviteShareResult,
  InviteVisitResult,
} from '../../cloudfunctions/contracts/invite';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { call } from './call-function';

export const shareInvite = (
  campaignId: string,
  subjectId?: string,
): Promise<FunctionResult<InviteShareResult>> =>
  call('invite', 'share', { campaignId, ...(subjectId ? { subjectId } : {}) });

export const inviteQrCode = (
  token: string,
): Promise<FunctionResult<{ contentType: string; imageBase64: string }>> =>
  call('invite', 'qrcode', { token });

export const visitInvite = (visit: {
  campaignId?: string;
  token?: string;
  scene?: number;
}): Promise<FunctionResult<InviteVisitResult>> =>
  call('invite', 'visit', {
    ...(visit.campaignId ? { campaignId: visit.campaignId } : {}),
    ...(visit.token ? { token: visit.token } : {}),
    ...(visit.scene ? { scene: visit.scene } : {}),
  });

export const inviteProgress = (
  campaignId?: string,
): Promise<FunctionResult<InviteProgressResult>> =>
  call('invite', 'progress', { ...(campaignId ? { campaignId } : {}) });

export const inviteLeaderboard = (
  campaignId: string,
  period: 'week' | 'all' = 'week',
): Promise<FunctionResult<InviteLeaderboardResult>> =>
  call('invite', 'leaderboard', { campaignId, period });
