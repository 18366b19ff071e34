import type { BargainView } from '../../../cloudfunctions/contracts/bargain';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import { loadTarget, targetUrl } from '../../components/HelpTargetPage/load-target';
import { getBargain, myBargains, startBargain } from '../../services/bargain';
import { unwrap } from '../../services/unwrap';
import { withShareToken } from '../../utils/share-path';

export const BARGAIN_PAGE = '/pages/bargain/index';

export function bargainUrl(bargainId: string): string {
  return targetUrl(BARGAIN_PAGE, 'bargainId', bargainId);
}

/**
 * A share card opens this bargain page, not the landing page: the friend came to help this
 * one bargain. The token rides along so the visit and the help are credited to the sharer.
 */
export function bargainSharePath(bargainId: string, token: string | null): string {
  return withShareToken(bargainUrl(bargainId), token);
}

export function loadBargain(query: {
  bargainId?: string;
  campaignId?: string;
}): Promise<FunctionResult<BargainView>> {
  return loadTarget(
    { id: query.bargainId, campaignId: query.campaignId },
    {
      get: async (id) => unwrap(await getBargain(id), (data) => data.bargain),
      start: async (campaignId) => unwrap(await startBargain(campaignId), (data) => data.bargain),
      mine: async (campaignId) => unwrap(await myBargains(campaignId), (data) => data.bargains),
    },
  );
}
