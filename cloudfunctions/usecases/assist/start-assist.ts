import type { AssistStartResult } from '../../contracts/assist';
import { AppError } from '../../contracts/errors';
import { newId } from '../../domain/shared/ids';
import type { Caller, Deps } from '../deps';
import { findCampaignOfKind } from '../campaign/find-campaign';
import { seeUser } from '../campaign/see-user';
import { creditParticipation } from '../invite/credit-conversion';
import { reserveCoupon } from '../coupon/issue-coupon';
import { decideStartIn } from '../help/decide-start-in';
import { countStart, lapsedStartsOf } from '../help/help-facts';
import { HELP_MESSAGES } from '../help/help-messages';
import { ASSIST_COLUMNS, expireAssists, type AssistRow } from './assist-row';
import { assistView } from './assist-view';

/**
 * Starts an assist, or hands back the caller's active one. Starting promises the initiator's
 * reward, so one unit of its budget is reserved now: when nothing is left to promise, the
 * start is refused (BUDGET_EXHAUSTED) instead of a reward failing later.
 */
export async function startAssist(
  input: { campaignId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<AssistStartResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const campaign = await findCampaignOfKind(tx, input.campaignId, 'assist');
    const settings = campaign.config.assist;
    await seeUser(tx, caller.openid, campaign.id, now);
    await expireAssists(tx, now, { campaignId: campaign.id, initiatorOpenid: caller.openid });
    const findActive = async () =>
      (
        await tx.query<AssistRow>(
          `select ${ASSIST_COLUMNS} from assist
            where campaign_id = $1 and initiator_openid = $2 and status = 'active'`,
          [campaign.id, caller.openid],
        )
      )[0];
    const lapsed = lapsedStartsOf('assist', settings, now);
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
        assist: await assistView(tx, decision.existing, settings, caller, now),
        created: false,
      };
    }

    const [created] = await tx.query<AssistRow>(
      `insert into assist (id, campaign_id, initiator_openid, status, helps_needed, helps_done,
         started_at, ends_at, reward_template_id)
       values ($1, $2, $3, 'active', $4, 0, $5, $6, $7)
       on conflict (campaign_id, initiator_openid) where status = 'active' do nothing
       returning ${ASSIST_COLUMNS}`,
      [
        newId('ast'),
        campaign.id,
        caller.openid,
        settings.helpsNeeded,
        now,
        decision.endsAt,
        settings.initiatorRewardTemplateId,
      ],
    );
    if (!created) {
      const winner = await findActive();
      if (!winner) throw new Error('assist start conflicted but no active assist was found');
      return { assist: await assistView(tx, winner, settings, caller, now), created: false };
    }
    if (!(await countStart(tx, campaign.id, caller.openid, settings.maxStartsPerUser, lapsed))) {
      throw new AppError('START_LIMIT', HELP_MESSAGES.START_LIMIT);
    }
    // A reservation whose assist lapsed unfinished is given back here, on demand: WeChat has no
    // host sweeping in the background, and the lapsed initiator may never return.
    const reserved =
      (await reserveCoupon(tx, settings.initiatorRewardTemplateId)) ||
      ((await expireAssists(tx, now, { rewardTemplateId: settings.initiatorRewardTemplateId })) >
        0 &&
        (await reserveCoupon(tx, settings.initiatorRewardTemplateId)));
    if (!reserved) {
      throw new AppError('BUDGET_EXHAUSTED', HELP_MESSAGES.BUDGET_EXHAUSTED);
    }
    await creditParticipation(tx, {
      campaign: campaign.config,
      caller,
      stage: 'started',
      refId: created.id,
      now,
    });
    return { assist: await assistView(tx, created, settings, caller, now), created: true };
  });
}
