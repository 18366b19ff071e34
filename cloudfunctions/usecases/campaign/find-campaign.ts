import type { CampaignConfig } from '../../contracts/campaign-config';
import type { CampaignStatus } from '../../contracts/campaign';
import { AppError } from '../../contracts/errors';
import type { Sql } from '../../store/store';

export interface StoredCampaign {
  id: string;
  status: CampaignStatus;
  config: CampaignConfig;
}

/** The campaign, or NOT_FOUND. Configs were validated when saved, so they are trusted here. */
export async function findCampaign(sql: Sql, campaignId: string): Promise<StoredCampaign> {
  const [row] = await sql.query<{ id: string; status: CampaignStatus; config: CampaignConfig }>(
    'select id, status, config from campaign where id = $1',
    [campaignId],
  );
  if (!row) throw new AppError('NOT_FOUND', `no campaign "${campaignId}"`);
  return row;
}
