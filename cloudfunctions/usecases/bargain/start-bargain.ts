import type { BargainStartResult } from '../../contracts/bargain';
import { AppError } from '../../contracts/errors';
import { bargainPlan } from '../../domain/bargain/bargain-plan';
import { newId } from '../../domain/shared/ids';
import type { Caller, Deps } from '../deps';
import { findCampaignOfKind } from '../campaign/find-campaign';
import { seeUser } from '../campaign/see-user';
import { creditParticipation } from '../invite/credit-conversion';
import { decideStartIn } from '../help/decide-start-in';
import { countStart, lapsedStartsOf } from '../help/help-facts';
import { HELP_MESSAGES } from '../help/help-messages';
import { BARGAIN_COLUMNS, type BargainRow } from './bargain-row';
import { bargainView } from './bargain-view';

/**
 * Starts a bargain, or hands back the caller's active one. The partial unique index (one
 * active bargain per person and campaign) decides between concurrent starts, and the start
 * count moves only by a conditional upsert.
 */
export async function startBargain(
  input: { campaignId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<BargainStartResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const campaign = await findCampaignOfKind(tx, input.campaignId, 'bargain');
    const settings = campaign.config.bargain;
    await seeUser(tx, caller.openid, campaign.id, now);
    await tx.query(
      `update bargain set status = 'expired'
        where campaign_id = $1 and initiator_openid = $2 and status = 'active' and ends_at <= $3`,
      [campaign.id, caller.openid, now],
    );
    const findActive = async () =>
      (
        await tx.query<BargainRow>(
          `select ${BARGAIN_COLUMNS} from bargain
            where campaign_id = $1 and initiator_openid = $2 and status = 'active'`,
          [campaign.id, caller.openid],
        )
      )[0];
    const lapsed = lapsedStartsOf('bargain', settings, now);
    const decision = await decideStartIn(
      tx,
      campaign,
      settings,
      caller,
      await findActive(),
      now,
      lapsed,
    );
    if (decision.action === 'reuse') {
      return {
        bargain: await bargainView(tx, decision.existing, settings, caller, now),
        created: false,
      };
    }

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
        decision.endsAt,
      ],
    );
    if (!created) {
      // A concurrent start by the same person won; theirs is the active one.
      const winner = await findActive();
      if (!winner) throw new Error('bargain start conflicted but no active bargain was found');
      return { bargain: await bargainView(tx, winner, settings, caller, now), created: false };
    }
    if (!(await countStart(tx, campaign.id, caller.openid, settings.maxStartsPerUser, lapsed))) {
      throw new AppError('START_LIMIT', HELP_MESSAGES.START_LIMIT);
    }
    await creditParticipation(tx, {
      campaign: campaign.config,
      caller,
      stage: 'started',
      refId: created.id,
      now,
    });
    return { bargain: await bargainView(tx, created, settings, caller, now), created: true };
  });
}
