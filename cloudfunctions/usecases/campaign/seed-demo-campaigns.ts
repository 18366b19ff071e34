import { isAppError } from '../../contracts/errors';
import { DEMO_FCODE_SEEDS, demoCampaigns } from '../../demo';
import { seedHolders } from '../fcode/seed-holders';
import type { Store } from '../../store/store';
import { saveCampaign } from './save-campaign';

/**
 * Idempotent: run at every start of the local host, so the demo ids always exist. A new demo
 * goes live; an existing one keeps the state a merchant gave it (paused, ended). A demo whose
 * shipped terms changed after people took part keeps its earlier terms, as any campaign must.
 */
export async function seedDemoCampaigns(store: Store, now: Date): Promise<string[]> {
  const campaigns = demoCampaigns();
  for (const config of campaigns) {
    try {
      const status = await saveCampaign(store, config, undefined, now);
      if (status === 'draft') await saveCampaign(store, config, 'live', now);
    } catch (error) {
      if (!isAppError(error) || error.code !== 'CAMPAIGN_LOCKED') throw error;
      console.warn(`[seed] ${config.id} keeps its earlier terms: ${error.message}`);
    }
  }
  // Seeding again gives nobody more codes: each seed holder receives theirs once.
  await seedHolders(DEMO_FCODE_SEEDS, { store, clock: () => now });
  return campaigns.map((c) => c.id);
}
