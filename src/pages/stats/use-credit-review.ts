import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { errorMessage } from '../../services/error-message';
import { type ReviewDecision, reviewCredits } from '../../services/stats';
import type { ReviewFailure, ReviewInFlight } from './components/PendingCredits';

/**
 * One review at a time: send the decision, then wait for `afterReview` (fresh stats) before
 * the buttons come back, so a credit that was just decided cannot be tapped again.
 */
export function useCreditReview(campaignId: string, afterReview: () => Promise<void>) {
  const [busy, setBusy] = useState<ReviewInFlight | null>(null);
  const [failure, setFailure] = useState<ReviewFailure | null>(null);
  // State lags a render behind; a double tap must not send two reviews.
  const inFlight = useRef(false);

  const review = useCallback(
    async (creditId: string, decision: ReviewDecision) => {
      if (inFlight.current) return;
      inFlight.current = true;
      try {
        // Rejection is final on the server (the sharer never gets the credit): ask first. A
        // dialog that fails to open is no consent to a final decision.
        if (decision === 'reject') {
          const { confirm } = await Taro.showModal({
            title: '驳回这条邀请？',
            content: '驳回后不计入分享者成绩，且无法撤销',
            confirmText: '驳回',
          }).catch(() => ({ confirm: false }));
          if (!confirm) return;
        }
        setFailure(null);
        setBusy({ creditId, decision });
        const result = await reviewCredits(campaignId, [creditId], decision);
        if (result.ok) await afterReview();
        else setFailure({ creditId, message: errorMessage(result.error) });
      } finally {
        inFlight.current = false;
        setBusy(null);
      }
    },
    [campaignId, afterReview],
  );

  return { busy, failure, review };
}
