import type { CampaignConfig } from '../../contracts/campaign-config';
import type { CampaignStatus } from '../../contracts/campaign';
import { AppError } from '../../contracts/errors';
import type { Sql } from '../../store/store';

export interface StoredCampaign {
  id: string;
  status: CampaignStatus;
  config: CampaignConfig;
}

/** What an unknown campaign id answers; a draft answers shoppers exactly the same. */
export function unknownCampaign(campaignId: string): AppError {
  return new AppError('NOT_FOUND', `no campaign "${campaignId}"`);
}

/** The campaign, or NOT_FOUND. Configs were validated when saved, so they are trusted here. */
export async function findCampaign(sql: Sql, campaignId: string): Promise<StoredCampaign> {
  const [row] = await sql.query<{ id: string; status: CampaignStatus; config: CampaignConfig }>(
    'select id, status, config from campaign where id = $1',
    [campaignId],
  );
  if (!row) throw unknownCampaign(campaignId);
  return row;
}

export function campaignWindowOf(config: CampaignConfig): {
  startsAt: Date | null;
  endsAt: Date | null;
} {
  return {
    startsAt: config.startsAt ? new Date(config.startsAt) : null,
    endsAt: config.endsAt ? new Date(config.endsAt) : null,
  };
}

/** The campaign, checked to be of the kind the calling function serves (else NOT_FOUND). */
export async function findCampaignOfKind<K extends CampaignConfig['kind']>(
  sql: Sql,
  campaignId: string,
  kind: K,
): Promise<StoredCampaign & { config: Extract<CampaignConfig, { kind: K }> }> {
  const campaign = await findCampaign(sql, campaignId);
  if (campaign.config.kind !== kind)
    throw new AppError('NOT_FOUND', `"${campaignId}" is not a ${kind} campaign`);
  return campaign as StoredCampaign & { config: Extract<CampaignConfig, { kind: K }> };
}
