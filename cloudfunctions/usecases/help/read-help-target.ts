import { AppError } from '../../contracts/errors';
import type { CampaignConfig } from '../../contracts/campaign-config';
import type { Sql } from '../../store/store';
import { findCampaign, type StoredCampaign } from '../campaign/find-campaign';
import type { Caller, Deps } from '../deps';
import { findHelpTarget, type HelpTargetRow } from './help-target-row';
import type { HelpKind } from './help-facts';

/** What reading a bargain or an assist needs of its kind: its table, its row and its view. */
export interface ReadKind<C extends CampaignConfig, R extends HelpTargetRow, V> {
  kind: HelpKind;
  columns: string;
  /** The campaign's config when it is of this kind, else undefined. */
  configOf(config: CampaignConfig): C | undefined;
  view(sql: Sql, row: R, config: C, caller: Caller, now: Date): Promise<V>;
}

/** The campaign and its config of this kind; NOT_FOUND when it is of another kind. */
export async function campaignOfKind<C extends CampaignConfig>(
  sql: Sql,
  kind: { kind: HelpKind; configOf(config: CampaignConfig): C | undefined },
  campaignId: string,
): Promise<{ campaign: StoredCampaign; config: C }> {
  const campaign = await findCampaign(sql, campaignId);
  const config = kind.configOf(campaign.config);
  if (!config) throw new AppError('NOT_FOUND', `"${campaign.id}" is not a ${kind.kind} campaign`);
  return { campaign, config };
}

/** One bargain or assist, as the caller sees it. */
export async function getHelpTarget<C extends CampaignConfig, R extends HelpTargetRow, V>(
  kind: ReadKind<C, R, V>,
  id: string,
  caller: Caller,
  { store, clock }: Deps,
): Promise<V> {
  const now = clock();
  const row = await findHelpTarget<R>(store, kind.kind, kind.columns, id);
  const { config } = await campaignOfKind(store, kind, row.campaign_id);
  return kind.view(store, row, config, caller, now);
}

/** The caller's own bargains or assists (in one campaign, or all), newest first. */
export async function listMyHelpTargets<C extends CampaignConfig, R extends HelpTargetRow, V>(
  kind: ReadKind<C, R, V>,
  campaignId: string | undefined,
  caller: Caller,
  { store, clock }: Deps,
): Promise<V[]> {
  const now = clock();
  const rows = await store.query<R>(
    `select ${kind.columns} from ${kind.kind}
      where initiator_openid = $1 and ($2::text is null or campaign_id = $2)
      order by started_at desc limit 20`,
    [caller.openid, campaignId ?? null],
  );
  const views: V[] = [];
  for (const row of rows) {
    const { config } = await campaignOfKind(store, kind, row.campaign_id);
    views.push(await kind.view(store, row, config, caller, now));
  }
  return views;
}
