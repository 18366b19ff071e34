import { AppError } from '../../contracts/errors';
import type { Deps } from '../deps';
import { findCampaignOfKind } from '../campaign/find-campaign';
import { seeUser } from '../campaign/see-user';
import { releaseBatches } from './fcode-row';
import { giveCodes } from './give-codes';

/**
 * The merchant loads seed holders (key people, early buyers, KOLs): each receives
 * `codesPerSeed` codes from the holders' batches, once — loading the same list again gives
 * nobody more (the seed row's primary key). Seeds are generation 0: their friends are the
 * first generation.
 */
export async function seedHolders(
  input: { campaignId: string; openids: string[] },
  { store, clock }: Deps,
): Promise<{ seeded: { openid: string; codes: number }[] }> {
  const now = clock();
  return store.transaction(async (tx) => {
    const campaign = await findCampaignOfKind(tx, input.campaignId, 'fcode');
    if (campaign.status !== 'live')
      throw new AppError('NOT_LIVE', 'publish the campaign before loading seed holders');
    await releaseBatches(tx, campaign, now);
    const seeded: { openid: string; codes: number }[] = [];
    for (const openid of [...new Set(input.openids)]) {
      const [fresh] = await tx.query(
        `insert into fcode_seed (campaign_id, openid, codes, loaded_at) values ($1, $2, 0, $3)
         on conflict (campaign_id, openid) do nothing returning openid`,
        [campaign.id, openid, now],
      );
      if (!fresh) continue;
      const codes = await giveCodes(
        tx,
        campaign,
        { openid, generation: 0, kind: 'seeded' },
        campaign.config.fcode.codesPerSeed,
        now,
      );
      await tx.query('update fcode_seed set codes = $3 where campaign_id = $1 and openid = $2', [
        campaign.id,
        openid,
        codes,
      ]);
      await seeUser(tx, openid, campaign.id, now);
      seeded.push({ openid, codes });
    }
    return { seeded };
  });
}
