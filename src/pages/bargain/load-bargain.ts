import type { BargainView } from '../../../cloudfunctions/contracts/bargain';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import { getBargain, myBargains, startBargain } from '../../services/bargain';
import { withShareToken } from '../../utils/share-path';

export const BARGAIN_PAGE = '/pages/bargain/index';

export function bargainUrl(bargainId: string): string {
  return `${BARGAIN_PAGE}?bargainId=${encodeURIComponent(bargainId)}`;
}

/**
 * A share card opens this bargain page, not the landing page: the friend came to help this
 * one bargain. The token rides along so the visit and the help are credited to the sharer.
 */
export function bargainSharePath(bargainId: string, token: string | null): string {
  return withShareToken(bargainUrl(bargainId), token);
}

export interface BargainQuery {
  bargainId?: string;
  campaignId?: string;
}

/**
 * `?bargainId=` shows that bargain. `?campaignId=` (the landing page's "发起砍价") starts one,
 * which hands back the person's active bargain if they have one; a person who used up their
 * starts sees their latest bargain instead of an error.
 */
export async function loadBargain(query: BargainQuery): Promise<FunctionResult<BargainView>> {
  if (query.bargainId) {
    const result = await getBargain(query.bargainId);
    return result.ok ? { ok: true, data: result.data.bargain } : result;
  }
  if (query.campaignId) {
    const started = await startBargain(query.campaignId);
    if (started.ok) return { ok: true, data: started.data.bargain };
    if (started.error.code !== 'START_LIMIT') return started;
    const mine = await myBargains(query.campaignId);
    const latest = mine.ok ? latestOf(mine.data.bargains) : undefined;
    return latest ? { ok: true, data: latest } : started;
  }
  return { ok: false, error: { code: 'NOT_FOUND', message: 'no bargainId or campaignId' } };
}

function latestOf(bargains: BargainView[]): BargainView | undefined {
  return [...bargains].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt))[0];
}
