import type { BargainHelpResult } from '../../contracts/bargain';
import { AppError } from '../../contracts/errors';
import { decideBargainHelp } from '../../domain/bargain/decide-bargain-help';
import { bargainRewardTemplateId } from '../../domain/campaign/campaign-templates';
import type { Caller, Deps } from '../../functions/caller';
import { findCampaignOfKind } from '../campaign/find-campaign';
import { seeUser } from '../campaign/see-user';
import { creditParticipation } from '../invite/credit-conversion';
import { issueCoupon } from '../coupon/issue-coupon';
import { afterHelp, countHelperDay, helperFacts } from '../help/help-facts';
import { HELP_MESSAGES } from '../help/help-messages';
import { BARGAIN_COLUMNS, lockBargain, type BargainRow } from './bargain-row';
import { bargainView } from './bargain-view';

/**
 * One friend's cut. Lock order: the bargain row (FOR UPDATE), the help row (unique per helper),
 * the helper's day counter, then — on the last help — the reward's template. Every statement
 * is keyed by the bargain except the per-helper day counter and the reward.
 */
export async function helpBargain(
  input: { bargainId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<BargainHelpResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const bargain = await lockBargain(tx, input.bargainId);
    const { config } = await findCampaignOfKind(tx, bargain.campaign_id, 'bargain');
    const settings = config.bargain;
    await seeUser(tx, caller.openid, bargain.campaign_id, now);
    const helper = await helperFacts(
      tx,
      'bargain',
      bargain.id,
      bargain.campaign_id,
      caller.openid,
      now,
    );
    const decision = decideBargainHelp({
      bargain: {
        initiatorOpenid: bargain.initiator_openid,
        status: bargain.status,
        endsAt: bargain.ends_at,
        helpsDone: bargain.helps_done,
        helpsNeeded: bargain.helps_needed,
        currentFen: bargain.current_fen,
        floorFen: bargain.floor_fen,
        schedule: bargain.schedule,
        cutsDone: bargain.cuts_done,
      },
      helper,
      settings,
      now,
    });
    if (!decision.ok) throw new AppError(decision.code, HELP_MESSAGES[decision.code]);

    const inserted = await tx.query(
      `insert into bargain_help (bargain_id, helper_openid, seq, cut_fen, helped_at)
       values ($1, $2, $3, $4, $5)
       on conflict (bargain_id, helper_openid) do nothing
       returning seq`,
      [bargain.id, caller.openid, bargain.helps_done + 1, decision.cutFen, now],
    );
    if (inserted.length === 0) throw new AppError('ALREADY_HELPED', HELP_MESSAGES.ALREADY_HELPED);
    if (
      !(await countHelperDay(
        tx,
        bargain.campaign_id,
        caller.openid,
        settings.helperDailyLimit,
        now,
      ))
    ) {
      throw new AppError('HELP_LIMIT', HELP_MESSAGES.HELP_LIMIT);
    }

    let rewardCouponId: string | null = null;
    if (decision.completes) {
      const reward = await issueCoupon(tx, {
        templateId: bargainRewardTemplateId(bargain.campaign_id),
        ownerOpenid: bargain.initiator_openid,
        reason: 'bargain_reward',
        idempotencyKey: `bargain-reward:${bargain.id}`,
        now,
      });
      // The reward template has no budget and allows one per start: a refusal here is a bug.
      if (!reward.ok)
        throw new Error(
          `bargain ${bargain.id} completed but its reward was refused: ${reward.code}`,
        );
      rewardCouponId = reward.coupon.id;
    }
    const [updated] = await tx.query<BargainRow>(
      `update bargain
          set current_fen = $2, helps_done = helps_done + 1, cuts_done = cuts_done + 1,
              status = case when $3 then 'completed' else status end,
              completed_at = case when $3 then $4::timestamptz else completed_at end,
              reward_coupon_id = coalesce($5, reward_coupon_id)
        where id = $1
        returning ${BARGAIN_COLUMNS}`,
      [bargain.id, decision.newCurrentFen, decision.completes, now, rewardCouponId],
    );
    if (!updated) throw new Error(`bargain ${bargain.id} vanished under its own lock`);
    await creditParticipation(tx, {
      campaign: config,
      caller,
      stage: 'helped',
      refId: bargain.id,
      now,
    });
    return {
      cutFen: decision.cutFen,
      bargain: await bargainView(tx, updated, settings, caller, now, afterHelp(helper)),
    };
  });
}
