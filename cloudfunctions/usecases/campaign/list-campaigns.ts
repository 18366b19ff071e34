import type { CampaignStatus } from '../../contracts/campaign';
import type { CampaignConfig } from '../../contracts/campaign-config';
import type { Deps } from '../deps';

/** The stats page's picker lists at most this many; a merchant with more types the id. */
const LIMIT = 200;

/**
 * Every campaign with its title, kind and status, for the merchant's picker: live and paused
 * first (the ones worth watching), then drafts, then ended; newest first within each.
 */
export async function listCampaigns({
  store,
}: Pick<Deps, 'store'>): Promise<
  { campaignId: string; title: string; kind: CampaignConfig['kind']; status: CampaignStatus }[]
> {
  const rows = await store.query<{
    id: string;
    title: string;
    kind: CampaignConfig['kind'];
    status: CampaignStatus;
  }>(
    `select id, config->>'title' as title, config->>'kind' as kind, status from campaign
      order by case status when 'live' then 0 when 'paused' then 1 when 'draft' then 2 else 3 end,
               created_at desc, id
      limit ${LIMIT}`,
  );
  return rows.map((r) => ({ campaignId: r.id, title: r.title, kind: r.kind, status: r.status }));
}
