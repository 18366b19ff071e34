import type { BargainCampaign } from '../../contracts/campaign-config';
import type { BargainView } from '../../contracts/bargain';
import { nextCut } from '../../domain/bargain/cut-schedule';
import type { Helper } from '../../domain/help/help-refusal';
import type { Caller } from '../deps';
import type { Sql } from '../../store/store';
import { targetCampaignOf } from '../campaign/target-campaign';
import type { CouponRow } from '../coupon/coupon-row';
import type { HelperRecord } from '../help/help-target-row';
import { helpViewBase, helpViewFrom, type HelpRow, type HelpViewBase } from '../help/help-view';
import type { BargainRow } from './bargain-row';

/** The bargain as `viewer` may see it: masked helpers, the published schedule, what they may do. */
export async function bargainView(
  sql: Sql,
  row: BargainRow,
  config: BargainCampaign,
  viewer: Caller,
  now: Date,
  knownFacts?: Helper,
): Promise<BargainView> {
  return bargainViewOf(
    row,
    config,
    await helpViewBase(sql, 'bargain', row, config.bargain, viewer, now, knownFacts),
  );
}

/** bargainView from facts already read (the help reads them before its one write). */
export function bargainViewFrom(
  row: BargainRow,
  config: BargainCampaign,
  viewer: Caller,
  now: Date,
  facts: Helper,
  helpers: readonly HelperRecord[],
  reward: CouponRow | null,
): BargainView {
  return bargainViewOf(
    row,
    config,
    helpViewFrom(row, config.bargain, viewer, now, facts, helpers, reward),
  );
}

function bargainViewOf(
  row: BargainRow,
  config: BargainCampaign,
  { base, helpers }: { base: HelpViewBase; helpers: HelpRow[] },
): BargainView {
  return {
    ...base,
    priceFen: row.price_fen,
    floorFen: row.floor_fen,
    currentFen: row.current_fen,
    schedule: row.schedule,
    initiatorCutFen: row.schedule.length > row.helps_needed ? (row.schedule[0] ?? null) : null,
    nextCutFen: nextCut(row.schedule, row.cuts_done),
    helpers: helpers.map((h) => ({
      name: h.name,
      avatarUrl: null,
      cutFen: h.cutFen ?? 0,
      helpedAt: h.helpedAt,
    })),
    campaign: targetCampaignOf(config),
  };
}
