import { inviteActions, inviteResults } from '../../contracts/invite';
import { inviteLeaderboard } from '../../usecases/invite/invite-leaderboard';
import { inviteProgress } from '../../usecases/invite/invite-progress';
import { inviteQrCode } from '../../usecases/invite/invite-qrcode';
import { reviewCredits } from '../../usecases/invite/review-credits';
import { shareInvite } from '../../usecases/invite/share-invite';
import { visitInvite } from '../../usecases/invite/visit-invite';
import { defineAction, defineFunction } from '../define-function';

export const inviteFunction = defineFunction('invite', {
  share: defineAction({
    input: inviteActions.share,
    output: inviteResults.share,
    run: (input, { caller, deps }) => shareInvite(input, caller, deps),
  }),
  qrcode: defineAction({
    input: inviteActions.qrcode,
    output: inviteResults.qrcode,
    run: (input, { caller, deps }) => inviteQrCode(input, caller, deps),
  }),
  visit: defineAction({
    input: inviteActions.visit,
    output: inviteResults.visit,
    run: (input, { caller, deps }) => visitInvite(input, caller, deps),
  }),
  progress: defineAction({
    input: inviteActions.progress,
    output: inviteResults.progress,
    run: (input, { caller, deps }) => inviteProgress(input, caller, deps),
  }),
  leaderboard: defineAction({
    input: inviteActions.leaderboard,
    output: inviteResults.leaderboard,
    run: (input, { caller, deps }) => inviteLeaderboard(input, caller, deps),
  }),
  review: defineAction({
    input: inviteActions.review,
    output: inviteResults.review,
    role: 'merchant',
    run: (input, { deps }) => reviewCredits(input, deps),
  }),
});
