import type { AssistCampaign } from '../../contracts/campaign-config';
import type { AssistView } from '../../contracts/assist';
import type { Helper } from '../../domain/help/help-refusal';
import type { Caller } from '../deps';
import type { Sql } from '../../store/store';
import { targetCampaignOf } from '../campaign/target-campaign';
import { helpViewBase } from '../help/help-view';
import type { AssistRow } from './assist-row';

/** The assist as `viewer` may see it: masked helpers, progress, what they may do. */
export async function assistView(
  sql: Sql,
  row: AssistRow,
  config: AssistCampaign,
  viewer: Caller,
  now: Date,
  knownFacts?: Helper,
): Promise<AssistView> {
  const { base, helpers } = await helpViewBase(
    sql,
    'assist',
    row,
    config.assist,
    viewer,
    now,
    knownFacts,
  );
  return {
    ...base,
    helpers: helpers.map((h) => ({ name: h.name, avatarUrl: null, helpedAt: h.helpedAt })),
    campaign: targetCampaignOf(config),
  };
}
