import type { AssistView } from '../../../cloudfunctions/contracts/assist';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import { loadTarget } from '../../components/HelpTargetPage/load-target';
import { getAssist, myAssists, startAssist } from '../../services/assist';
import { unwrap } from '../../services/unwrap';

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
