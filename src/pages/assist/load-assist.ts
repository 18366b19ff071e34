import type { AssistView } from '../../../cloudfunctions/contracts/assist';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import { getAssist, myAssists, startAssist } from '../../services/assist';
import { withShareToken } from '../../utils/share-path';

export const ASSIST_PAGE = '/pages/assist/index';

export function assistUrl(assistId: string): string {
  return `${ASSIST_PAGE}?assistId=${encodeURIComponent(assistId)}`;
}

/** A share card opens this assist page with the sharer's token (see bargainSharePath). */
export function assistSharePath(assistId: string, token: string | null): string {
  return withShareToken(assistUrl(assistId), token);
}

export interface AssistQuery {
  assistId?: string;
  campaignId?: string;
}

/** As for bargains: an id shows it; a campaign starts (or resumes) the viewer's own. */
export async function loadAssist(query: AssistQuery): Promise<FunctionResult<AssistView>> {
  if (query.assistId) {
    const result = await getAssist(query.assistId);
    return result.ok ? { ok: true, data: result.data.assist } : result;
  }
  if (query.campaignId) {
    const started = await startAssist(query.campaignId);
    if (started.ok) return { ok: true, data: started.data.assist };
    if (started.error.code !== 'START_LIMIT') return started;
    const mine = await myAssists(query.campaignId);
    const latest = mine.ok
      ? [...mine.data.assists].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt))[0]
      : undefined;
    return latest ? { ok: true, data: latest } : started;
  }
  return { ok: false, error: { code: 'NOT_FOUND', message: 'no assistId or campaignId' } };
}
