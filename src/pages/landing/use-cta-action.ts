import { useCallback, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import type { CampaignKind } from '../../../cloudfunctions/contracts/campaign-config';
import type { CampaignView } from '../../../cloudfunctions/contracts/campaign';
import type { ErrorBody } from '../../../cloudfunctions/contracts/errors';
import { startAssist } from '../../services/assist';
import { startBargain } from '../../services/bargain';
import { claimCoupon, newRequestId } from '../../services/coupon';
import { errorMessage } from '../../services/error-message';
import { openGroup } from '../../services/group';
import { pageUrl, subjectUrl } from '../../utils/routes';

export const DEFAULT_CTA_TEXT: Record<CampaignKind, string> = {
  bargain: '发起砍价',
  assist: '发起助力',
  coupon: '立即领取',
  group: '发起拼团',
  fcode: '查看我的F码',
};

export const CLAIMED_LABEL = '查看我的优惠券';

/** The CTA once the visitor has one going: it leads to theirs, not to a start. */
export const MINE_LABEL: Record<NonNullable<CampaignView['mine']>['kind'], string> = {
  bargain: '查看我的砍价',
  assist: '查看我的助力',
  group: '查看我的拼团',
};

type Outcome = { ok: true; url?: string } | { ok: false; error: ErrorBody };

/**
 * What the CTA does for each kind: start a bargain or an assist, or open a group, and show
 * it; or claim the coupon. `busy` disables every CTA on the page while a call is in flight; the ref guards
 * the taps that arrive before React has re-rendered the disabled button.
 */
export function useCtaAction(campaign: CampaignView) {
  const [busy, setBusy] = useState(false);
  const [claimed, setClaimed] = useState(false);
  const inFlight = useRef(false);
  // One claim intent keeps its requestId until the server answers: a tap retried after a
  // lost answer gets the first coupon back instead of a second one.
  const claimRequestId = useRef<string | null>(null);

  const act = useCallback(async (): Promise<Outcome> => {
    const { config } = campaign;
    if (config.kind === 'bargain') {
      const result = await startBargain(campaign.id);
      if (!result.ok) return result;
      return { ok: true, url: subjectUrl('bargain', result.data.bargain.id) };
    }
    if (config.kind === 'assist') {
      const result = await startAssist(campaign.id);
      if (!result.ok) return result;
      return { ok: true, url: subjectUrl('assist', result.data.assist.id) };
    }
    if (config.kind === 'group') {
      const result = await openGroup(campaign.id);
      if (!result.ok) return result;
      return { ok: true, url: subjectUrl('group', result.data.group.id) };
    }
    if (config.kind === 'fcode') {
      return { ok: true, url: pageUrl('fcode', { campaignId: campaign.id }) };
    }
    claimRequestId.current ??= newRequestId();
    const result = await claimCoupon(config.claimTemplateId, claimRequestId.current);
    if (result.ok || result.error.code !== 'INTERNAL') claimRequestId.current = null;
    return result.ok ? { ok: true } : result;
  }, [campaign]);

  const onTap = useCallback(async () => {
    if (inFlight.current) return;
    if (claimed) {
      void Taro.navigateTo({ url: pageUrl('coupons') });
      return;
    }
    if (campaign.mine) {
      void Taro.navigateTo({ url: subjectUrl(campaign.mine.kind, campaign.mine.id) });
      return;
    }
    inFlight.current = true;
    setBusy(true);
    try {
      const outcome = await act();
      if (!outcome.ok) {
        void Taro.showToast({ title: errorMessage(outcome.error), icon: 'none' });
      } else if (outcome.url) {
        void Taro.navigateTo({ url: outcome.url });
      } else {
        setClaimed(true);
        void Taro.showToast({ title: '领取成功', icon: 'success' });
      }
    } finally {
      inFlight.current = false;
      setBusy(false);
    }
  }, [act, claimed, campaign.mine]);

  return { busy, claimed, onTap };
}
