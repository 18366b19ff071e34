import { useCallback, useEffect, useState } from 'react';
import type { CampaignView } from '../../../cloudfunctions/contracts/campaign';
import type { ErrorBody } from '../../../cloudfunctions/contracts/errors';
import { getCampaign } from '../../services/campaign';

export type CampaignState =
  | { status: 'loading' }
  | { status: 'error'; error: ErrorBody }
  | { status: 'ready'; campaign: CampaignView };

export function useCampaign(campaignId: string) {
  const [state, setState] = useState<CampaignState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    // A slow answer for an earlier id or persona must not overwrite the current one.
    let current = true;
    setState({ status: 'loading' });
    void getCampaign(campaignId).then((result) => {
      if (!current) return;
      setState(
        result.ok
          ? { status: 'ready', campaign: result.data.campaign }
          : { status: 'error', error: result.error },
      );
    });
    return () => {
      current = false;
    };
  }, [campaignId, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);

  return { state, reload };
}
