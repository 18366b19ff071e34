import { DEMO_FCODE_SEEDS, demoCampaigns } from '../../demo';
import { seedHolders } from '../fcode/seed-holders';
import type { Store } from '../../store/store';
import { saveCampaign } from './save-campaign';

/** Idempotent: run at every start of the local host, so the demo ids always exist and are live. */
export async function seedDemoCampaigns(store: Store, now: Date): Promise<string[]> {
  const campaigns = demoCampaigns();
  for (const config of campaigns) await saveCampaign(store, config, 'live', now);
  // Seeding again gives nobody more codes: each seed holder receives theirs once.
  await seedHolders(DEMO_FCODE_SEEDS, { store, clock: () => now });
  return campaigns.map((c) => c.id);
}
