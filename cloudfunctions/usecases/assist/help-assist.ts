import type { AssistHelpResult } from '../../contracts/assist';
import { AppError } from '../../contracts/errors';
import { decideAssistHelp } from '../../domain/assist/decide-assist-help';
import type { Caller, Deps } from '../../functions/caller';
import { findCampaignOfKind } from '../campaign/find-campaign';
import { seeUser } from '../campaign/see-user';
import { creditParticipation } from '../invite/credit-conversion';
import { toCouponView } from '../coupon/coupon-row';
import { issueCoupon } from '../coupon/issue-coupon';
import { afterHelp, countHelperDay, helperFacts } from '../help/help-facts';
import { HELP_MESSAGES } from '../help/help-messages';
import { ASSIST_COLUMNS, lockAssist, type AssistRow } from './assist-row';
import { assistView } from './assist-view';

/**
 * One friend's help. Lock order as for bargains: the assist row, the help row, the helper's
 * day counter, then coupon templates (the helper's thank-you, then the initiator's reward).
 * Both sides' coupons have idempotency keys derived from the assist, so each is issued once.
 */
export async function helpAssist(
  input: { assistId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<AssistHelpResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const assist = await lockAssist(tx, input.assistId);
    const { config } = await findCampaignOfKind(tx, assist.campaign_id, 'assist');
    const settings = config.assist;
    await seeUser(tx, caller.openid, assist.campaign_id, now);
    const helper = await helperFacts(
      tx,
      'assist',
      assist.id,
      assist.campaign_id,
      caller.openid,
      now,
    );
    const decision = decideAssistHelp({
      assist: {
        initiatorOpenid: assist.initiator_openid,
        status: assist.status,
        endsAt: assist.ends_at,
        helpsDone: assist.helps_done,
        helpsNeeded: assist.helps_needed,
      },
      helper,
      settings,
      now,
    });
    if (!decision.ok) throw new AppError(decision.code, HELP_MESSAGES[decision.code]);

    const inserted = await tx.query(
      `insert into assist_help (assist_id, helper_openid, seq, helped_at)
       values ($1, $2, $3, $4)
       on conflict (assist_id, helper_openid) do nothing
       returning seq`,
      [assist.id, caller.openid, decision.newHelpsDone, now],
    );
    if (inserted.length === 0) throw new AppError('ALREADY_HELPED', HELP_MESSAGES.ALREADY_HELPED);
    if (
      !(await countHelperDay(tx, assist.campaign_id, caller.openid, settings.helperDailyLimit, now))
    ) {
      throw new AppError('HELP_LIMIT', HELP_MESSAGES.HELP_LIMIT);
    }

    let helperReward: AssistHelpResult['helperReward'] = null;
    if (settings.helperRewardTemplateId) {
      // The help stands even if the thank-you is refused; the helper is told why.
      const thanks = await issueCoupon(tx, {
        templateId: settings.helperRewardTemplateId,
        ownerOpenid: caller.openid,
        reason: 'assist_helper_reward',
        idempotencyKey: `assist-helper:${assist.id}:${caller.openid}`,
        now,
      });
      helperReward = thanks.ok ? { ok: true, coupon: toCouponView(thanks.coupon, now) } : thanks;
      if (thanks.ok) {
        await tx.query(
          'update assist_help set reward_coupon_id = $3 where assist_id = $1 and helper_openid = $2',
          [assist.id, caller.openid, thanks.coupon.id],
        );
      }
    }

    let rewardCouponId: string | null = null;
    if (decision.completes) {
      const reward = await issueCoupon(tx, {
        templateId: assist.reward_template_id,
        ownerOpenid: assist.initiator_openid,
        reason: 'assist_reward',
        idempotencyKey: `assist-reward:${assist.id}`,
        now,
        fromReservation: true,
      });
      // Budget was reserved at start and the per-user limit covers every allowed start.
      if (!reward.ok)
        throw new Error(`assist ${assist.id} completed but its reward was refused: ${reward.code}`);
      rewardCouponId = reward.coupon.id;
    }
    const [updated] = await tx.query<AssistRow>(
      `update assist
          set helps_done = $2,
              status = case when $3 then 'completed' else status end,
              completed_at = case when $3 then $4::timestamptz else completed_at end,
              reward_coupon_id = coalesce($5, reward_coupon_id)
        where id = $1
        returning ${ASSIST_COLUMNS}`,
      [assist.id, decision.newHelpsDone, decision.completes, now, rewardCouponId],
    );
    if (!updated) throw new Error(`assist ${assist.id} vanished under its own lock`);
    await creditParticipation(tx, {
      campaign: config,
      caller,
      stage: 'helped',
      refId: assist.id,
      now,
    });
    return {
      assist: await assistView(tx, updated, settings, caller, now, afterHelp(helper)),
      helperReward,
    };
  });
}
