import { useEffect, useState } from 'react';
import type { CampaignView } from '../../../cloudfunctions/contracts/campaign';
import type { FcodeView } from '../../../cloudfunctions/contracts/fcode';
import { getFcode } from '../../services/fcode';

/**
 * The F码 batch the landing page shows under its hook, live from the server: codes in this
 * batch, given out, used, the waitlist. Optional: a failed call costs the block, not the page.
 */
export function useLandingFcode(campaign: CampaignView): FcodeView | null {
  const isFcode = campaign.config.kind === 'fcode' && campaign.status !== 'draft';
  const [found, setFound] = useState<{ id: string; value: FcodeView } | null>(null);

  useEffect(() => {
    if (!isFcode) return undefined;
    let current = true;
    void getFcode(campaign.id).then((result) => {
      if (current && result.ok) setFound({ id: campaign.id, value: result.data.fcode });
    });
    return () => {
      current = false;
    };
  }, [campaign.id, isFcode, campaign.serverNow]);

  return found?.id === campaign.id ? found.value : null;
}
