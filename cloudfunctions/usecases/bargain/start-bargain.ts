import type { BargainStartResult } from '../../contracts/bargain';
import { bargainPlan } from '../../domain/bargain/bargain-plan';
import { newId } from '../../domain/shared/ids';
import type { BargainCampaign, BargainSettings } from '../../contracts/campaign-config';
import type { Caller, Deps } from '../deps';
import { startHelpTarget, type StartKind } from '../help/start-help-target';
import { BARGAIN_COLUMNS, type BargainRow } from './bargain-row';
import { bargainView } from './bargain-view';
import type { BargainView } from '../../contracts/bargain';

/**
 * A bargain, as the help use cases (start, get, mine) see it; its start puts its price plan
 * (the initiator's own first cut included) in the row.
 */
export const BARGAIN_START: StartKind<BargainCampaign, BargainSettings, BargainRow, BargainView> = {
  kind: 'bargain',
  columns: BARGAIN_COLUMNS,
  configOf: (config) => (config.kind === 'bargain' ? config : undefined),
  settingsOf: (config) => config.bargain,
  expireOwn: (tx, campaignId, openid, now) =>
    tx.query(
      `update bargain set status = 'expired'
        where campaign_id = $1 and initiator_openid = $2 and status = 'active' and ends_at <= $3`,
      [campaignId, openid, now],
    ),
  async insert(tx, { campaign, settings, caller, now }, endsAt) {
    const id = newId('brg');
    const plan = bargainPlan(settings, id);
    const [created] = await tx.query<BargainRow>(
      `insert into bargain (id, campaign_id, initiator_openid, status, price_fen, floor_fen, current_fen,
         helps_needed, helps_done, schedule, cuts_done, started_at, ends_at)
       values ($1, $2, $3, 'active', $4, $5, $6, $7, 0, $8, $9, $10, $11)
       on conflict (campaign_id, initiator_openid) where status = 'active' do nothing
       returning ${BARGAIN_COLUMNS}`,
      [
        id,
        campaign.id,
        caller.openid,
        settings.priceFen,
        settings.floorFen,
        plan.currentFen,
        settings.helpsNeeded,
        plan.schedule,
        plan.cutsDone,
        now,
        endsAt,
      ],
    );
    return created;
  },
  view: bargainView,
};

/** Starts a bargain, or hands back the caller's active one (see startHelpTarget). */
export async function startBargain(
  input: { campaignId: string },
  caller: Caller,
  deps: Deps,
): Promise<BargainStartResult> {
  const { view, created } = await startHelpTarget(BARGAIN_START, input, caller, deps);
  return { bargain: view, created };
}
