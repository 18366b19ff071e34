import type { BargainView } from '../../../cloudfunctions/contracts/bargain';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import { loadTarget } from '../../components/HelpTargetPage/load-target';
import { getBargain, myBargains, startBargain } from '../../services/bargain';
import { unwrap } from '../../services/unwrap';

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
