import { demoCampaigns } from '../../demo';
import type { Store } from '../../store/store';
import { saveCampaign } from './save-campaign';

/** Idempotent: run at every start of the local host, so the demo ids always exist and are live. */
export async function seedDemoCampaigns(store: Store, now: Date): Promise<string[]> {
  const campaigns = demoCampaigns();
  for (const config of campaigns) await saveCampaign(store, config, 'live', now);
  return campaigns.map((c) => c.id);
}
