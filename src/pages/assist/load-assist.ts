import type { AssistView } from '../../../cloudfunctions/contracts/assist';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import { loadTarget, targetUrl } from '../../components/HelpTargetPage/load-target';
import { getAssist, myAssists, startAssist } from '../../services/assist';
import { unwrap } from '../../services/unwrap';
import { withShareToken } from '../../utils/share-path';

export const ASSIST_PAGE = '/pages/assist/index';

export function assistUrl(assistId: string): string {
  return targetUrl(ASSIST_PAGE, 'assistId', assistId);
}

/** A share card opens this assist page with the sharer's token (see bargainSharePath). */
export function assistSharePath(assistId: string, token: string | null): string {
  return withShareToken(assistUrl(assistId), token);
}

export function loadAssist(query: {
  assistId?: string;
  campaignId?: string;
}): Promise<FunctionResult<AssistView>> {
  return loadTarget(
    { id: query.assistId, campaignId: query.campaignId },
    {
      get: async (id) => unwrap(await getAssist(id), (data) => data.assist),
      start: async (campaignId) => unwrap(await startAssist(campaignId), (data) => data.assist),
      mine: async (campaignId) => unwrap(await myAssists(campaignId), (data) => data.assists),
    },
  );
}
