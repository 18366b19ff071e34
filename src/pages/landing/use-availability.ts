import { useEffect, useState } from 'react';
import type { CampaignView } from '../../../cloudfunctions/contracts/campaign';
import { remainingMs, serverOffsetMs } from '../../utils/countdown';

/** Whether the page may take starts and claims: only a live campaign before its end does. */
export type Availability = 'open' | 'preview' | 'paused' | 'ended';

export const AVAILABILITY_NOTICE: Record<Availability, string | undefined> = {
  open: undefined,
  preview: '预览：活动尚未上线',
  paused: '活动暂停中，暂不能发起或领取；已发起的砍价、助力和拼团照常进行',
  ended: '活动已结束',
};

// setTimeout overflows past 2^31 - 1 ms (about 24.8 days): a far end is reached in steps.
const MAX_TIMER_MS = 2_147_483_647;

/**
 * A campaign past its `endsAt` is over even while the server still says 'live' (the page was
 * left open). Time is the server's: `serverNow` corrects the phone's clock. One timer fires
 * at the end instead of a per-second tick, so the whole page does not re-render each second.
 */
export function useAvailability(campaign: CampaignView): Availability {
  const { status, serverNow } = campaign;
  const { endsAt } = campaign.config;
  const [timeUp, setTimeUp] = useState(false);

  useEffect(() => {
    setTimeUp(false);
    if (!endsAt) return undefined;
    const offset = serverOffsetMs(serverNow, Date.now());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const check = () => {
      const left = remainingMs(endsAt, offset, Date.now());
      if (left === 0) setTimeUp(true);
      else timer = setTimeout(check, Math.min(left, MAX_TIMER_MS));
    };
    check();
    return () => clearTimeout(timer);
  }, [endsAt, serverNow]);

  if (status === 'draft') return 'preview';
  if (status === 'paused') return 'paused';
  // Decided from the server's own clock on the first render, before any timer ran.
  const endedAtLoad = endsAt !== undefined && Date.parse(endsAt) <= Date.parse(serverNow);
  if (status === 'ended' || endedAtLoad || timeUp) return 'ended';
  return 'open';
}
