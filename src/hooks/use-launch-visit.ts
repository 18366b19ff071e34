import { useCallback, useEffect } from 'react';
import { launchToken, visitOnce } from '../services/launch';

/**
 * Records a visit that came with a share token (a card or a code), once the campaign is
 * known. `ensureVisited` lets a help wait for it: the help is credited to the sharer only
 * if the server has already attributed this visitor.
 */
export function useLaunchVisit(
  campaignId: string | null,
  query: Record<string, string | undefined>,
) {
  const hasToken = launchToken(query) !== null;

  useEffect(() => {
    if (hasToken && campaignId) void visitOnce(campaignId, query);
    // The query object is new on every render; the token in it is what matters.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hasToken, campaignId, query.token, query.scene]);

  return useCallback(async () => {
    if (hasToken && campaignId) await visitOnce(campaignId, query);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [hasToken, campaignId, query.token, query.scene]);
}
