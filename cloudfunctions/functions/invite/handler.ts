import { inviteContract } from '../../contracts/invite';
import { inviteLeaderboard } from '../../usecases/invite/invite-leaderboard';
import { inviteProgress } from '../../usecases/invite/invite-progress';
import { inviteQrCode } from '../../usecases/invite/invite-qrcode';
import { reviewCredits } from '../../usecases/invite/review-credits';
import { shareInvite } from '../../usecases/invite/share-invite';
import { visitInvite } from '../../usecases/invite/visit-invite';
import { defineFunction } from '../define-function';

export const inviteFunction = defineFunction(inviteContract, {
  share: (input, { caller, deps }) => shareInvite(input, caller, deps),
  qrcode: (input, { caller, deps }) => inviteQrCode(input, caller, deps),
  visit: (input, { caller, deps }) => visitInvite(input, caller, deps),
  progress: (input, { caller, deps }) => inviteProgress(input, caller, deps),
  leaderboard: (input, { caller, deps }) => inviteLeaderboard(input, caller, deps),
  review: (input, { deps }) => reviewCredits(input, deps),
});
