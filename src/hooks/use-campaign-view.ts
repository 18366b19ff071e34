import { useEffect, useState } from 'react';
import type { CampaignView } from '../../cloudfunctions/contracts/campaign';
import { getCampaign } from '../services/campaign';

/**
 * The campaign behind a bargain or assist, for its product, reward and share card. Optional
 * by design: without it the page still works, with default texts.
 */
export function useCampaignView(campaignId: string | null): CampaignView | null {
  const [campaign, setCampaign] = useState<CampaignView | null>(null);
  useEffect(() => {
    if (!campaignId) return undefined;
    let current = true;
    void getCampaign(campaignId).then((result) => {
      if (current && result.ok) setCampaign(result.data.campaign);
    });
    return () => {
      current = false;
    };
  }, [campaignId]);
  return campaign?.id === campaignId ? campaign : null;
}
