import type { BargainHelpResult } from '../../contracts/bargain';
import type { CampaignConfig } from '../../contracts/campaign-config';
import { decideBargainHelp } from '../../domain/bargain/decide-bargain-help';
import {
  bargainRewardTemplateId,
  campaignTemplates,
} from '../../domain/campaign/campaign-templates';
import { couponExpiresAt, couponStartsAt } from '../../domain/coupon/coupon-expiry';
import { newId } from '../../domain/shared/ids';
import type { Caller, Deps } from '../deps';
import { sqlParams } from '../../store/refused-in-statement';
import type { Store } from '../../store/store';
import { issueCouponCtes, issueRefusal } from '../coupon/issue-coupon-ctes';
import { afterHelp } from '../help/help-facts';
import { helpersOf, helperWriteCtes } from '../help/help-statement';
import { helpTargetOf } from '../help/help-target-row';
import {
  advanceCte,
  helpRowCte,
  outcomeCte,
  readHelpFacts,
  recordHelp,
  toldInitiatorCtes,
  type HelpFactsOf,
} from '../help/record-help';
import { BARGAIN_COLUMNS, type BargainRow } from './bargain-row';
import { bargainViewFrom } from './bargain-view';

type HelpFacts = HelpFactsOf<BargainRow>;
type Written = BargainRow & { cut_fen: number };

/**
 * One friend's cut, in two round trips (see recordHelp): the bargain's next cut, the help,
 * the helper's day count, sighting and the sharer's credit, the initiator's news
 * (bargain.helped, or on the last help bargain.completed with the reward and its
 * reward.issued), all in one statement that holds the bargain's row lock for itself only.
 */
export async function helpBargain(
  input: { bargainId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<BargainHelpResult> {
  const now = clock();
  const target = { kind: 'bargain' as const, columns: BARGAIN_COLUMNS, id: input.bargainId };
  const { facts, config, helper, written } = await recordHelp(store, {
    kind: 'bargain',
    targetId: input.bargainId,
    helperOpenid: caller.openid,
    attempts: 2,
    read: () => readHelpFacts<BargainRow>(store, target, caller.openid, now),
    decide: (bargain, { bargain: settings }, helper) =>
      decideBargainHelp({
        bargain: {
          ...helpTargetOf(bargain),
          currentFen: bargain.current_fen,
          floorFen: bargain.floor_fen,
          schedule: bargain.schedule,
          cutsDone: bargain.cuts_done,
        },
        helper,
        settings,
        now,
      }),
    write: (bargain, config) => writeHelp(store, bargain, config, caller, now),
  });
  // The helpers read before, plus this help: the guarded write took the cut that followed
  // them, or a later one if others helped in between (their rows are not in the view).
  const helpers = [
    ...helpersOf(facts),
    { helper_openid: caller.openid, helped_at: now, cut_fen: written.cut_fen },
  ];
  return {
    cutFen: written.cut_fen,
    bargain: bargainViewFrom(written, config, caller, now, afterHelp(helper), helpers, null),
  };
}

/** The help's one write, or undefined when the bargain was no longer open for it. */
async function writeHelp(
  store: Store,
  facts: HelpFacts,
  config: Extract<CampaignConfig, { kind: 'bargain' }>,
  caller: Caller,
  now: Date,
): Promise<Written | undefined> {
  const p = sqlParams();
  const at = `${p.add(now)}::timestamptz`;
  const rewardId = bargainRewardTemplateId(facts.campaign_id);
  const rewardTemplate = campaignTemplates(config).find((t) => t.id === rewardId);
  if (!rewardTemplate) throw new Error(`campaign ${facts.campaign_id} has no reward template`);
  const rewardCouponId = newId('cpn');
  const completing = `select 1 from upd where status = 'completed'`;

  const [row] = await store.query<Written>(
    `with ${advanceCte(p, {
      kind: 'bargain',
      columns: BARGAIN_COLUMNS,
      id: facts.id,
      at,
      rewardCouponId,
      // The bargain's next cut, whoever came first: schedule is 1-based in SQL, so entry
      // cuts_done + 1 is nextCut(schedule, cuts_done).
      set: `cuts_done = cuts_done + 1, current_fen = current_fen - schedule[cuts_done + 1],
              `,
      returning: ', schedule[cuts_done] as cut_fen',
    })},
     ${helpRowCte(p, {
       kind: 'bargain',
       helperOpenid: caller.openid,
       at,
       columns: { cut_fen: 'cut_fen' },
     })},
     ${toldInitiatorCtes(p, 'bargain', now, {
       helped: {
         cutFen: 'upd.cut_fen',
         currentFen: 'upd.current_fen',
         floorFen: 'upd.floor_fen',
         helpsDone: 'upd.helps_done',
         helpsNeeded: 'upd.helps_needed',
       },
       completed: {
         finalFen: 'upd.current_fen',
         helpsNeeded: 'upd.helps_needed',
         rewardCouponId: 'upd.reward_coupon_id',
       },
     })},
     ${helperWriteCtes(p, {
       target: 'upd',
       row: facts,
       campaign: config,
       dailyLimit: config.bargain.helperDailyLimit,
       refId: facts.id,
       caller,
       now,
     })},
     ${issueCouponCtes(p, 'reward', {
       when: completing,
       templateId: rewardId,
       ownerOpenid: facts.initiator_openid,
       reason: 'bargain_reward',
       idempotencyKey: `bargain-reward:${facts.id}`,
       couponId: rewardCouponId,
       now,
       startsAt: couponStartsAt(rewardTemplate.validity, now),
       expiresAt: couponExpiresAt(rewardTemplate.validity, now),
       rewards: { campaignId: facts.campaign_id, kind: 'bargain', id: facts.id },
     })},
     -- The reward template has no budget and allows one per start: a refusal is a bug.
     ${outcomeCte(issueRefusal('reward', completing))}
     select upd.*, fission_refuse(o.refusal) as refused from outcome o join upd on true`,
    p.values,
  );
  return row;
}
