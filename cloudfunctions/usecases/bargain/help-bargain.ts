import type { BargainHelpResult } from '../../contracts/bargain';
import type { CampaignConfig } from '../../contracts/campaign-config';
import { AppError } from '../../contracts/errors';
import { decideBargainHelp } from '../../domain/bargain/decide-bargain-help';
import {
  bargainRewardTemplateId,
  campaignTemplates,
} from '../../domain/campaign/campaign-templates';
import { couponExpiresAt, couponStartsAt } from '../../domain/coupon/coupon-expiry';
import { chinaDay } from '../../domain/shared/china-day';
import { newId } from '../../domain/shared/ids';
import type { Caller, Deps } from '../deps';
import { refusedInStatement, sqlParams, type SqlParams } from '../../store/refused-in-statement';
import type { Store } from '../../store/store';
import {
  cachedVersions,
  campaignVersion,
  configOf,
  configUnlessCached,
} from '../campaign/campaign-config-cache';
import { issueCouponCtes, issueRefusal } from '../coupon/issue-coupon-ctes';
import { outboxCte, targetSql } from '../outbox/outbox-cte';
import { afterHelp } from '../help/help-facts';
import { HELP_MESSAGES } from '../help/help-messages';
import {
  helperAttribution,
  helperFactsColumns,
  helperOf,
  helpersOf,
  helperWriteCtes,
  readFraudHistory,
  type HelperFactsRow,
} from '../help/help-statement';
import { BARGAIN_COLUMNS, type BargainRow } from './bargain-row';
import { bargainViewFrom } from './bargain-view';

/** Everything a help decides on, read in one statement before any lock is taken. */
interface HelpFacts extends BargainRow, HelperFactsRow {
  campaign_version: string;
  config: CampaignConfig | null;
}

/** A help that lost its race (the bargain closed meanwhile) decides again once on fresh facts. */
const ATTEMPTS = 2;

/**
 * One friend's cut, in two round trips. First one read, without a lock: the bargain, its
 * campaign's config (unless cached), the helper's facts, the helpers so far and what
 * crediting the sharer needs. The rules decide on that. Then one statement writes it all —
 * the bargain's next cut, the help (unique per helper), the helper's day count, the sighting,
 * the sharer's credit, the initiator's news (bargain.helped, or on the last help
 * bargain.completed with the reward and its reward.issued) — locking the bargain row
 * for that statement only. It re-checks what the decision assumed on the way: the bargain is
 * still open (the cut is the schedule's next entry, whoever came first), the help is the
 * helper's first, the day's limit still holds; when one does not, the statement raises and
 * leaves nothing (fission_refuse), and the refusal is answered.
 */
export async function helpBargain(
  input: { bargainId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<BargainHelpResult> {
  const now = clock();
  for (let attempt = 1; ; attempt += 1) {
    const facts = await readHelpFacts(store, input.bargainId, caller.openid, now);
    if (!facts) throw new AppError('NOT_FOUND', `no bargain "${input.bargainId}"`);
    const config = await configOf(store, facts.campaign_id, facts.campaign_version, facts.config);
    if (config.kind !== 'bargain')
      throw new AppError('NOT_FOUND', `"${facts.campaign_id}" is not a bargain campaign`);
    const settings = config.bargain;
    const helper = helperOf(facts, caller.openid);
    const decision = decideBargainHelp({
      bargain: {
        initiatorOpenid: facts.initiator_openid,
        status: facts.status,
        endsAt: facts.ends_at,
        helpsDone: facts.helps_done,
        helpsNeeded: facts.helps_needed,
        currentFen: facts.current_fen,
        floorFen: facts.floor_fen,
        schedule: facts.schedule,
        cutsDone: facts.cuts_done,
      },
      helper,
      settings,
      now,
    });
    if (!decision.ok) throw new AppError(decision.code, HELP_MESSAGES[decision.code]);

    let written: (BargainRow & { cut_fen: number }) | undefined;
    try {
      written = await writeHelp(store, facts, config, caller, now);
    } catch (error) {
      const refused = refusedInStatement(error);
      if (refused === 'ALREADY_HELPED' || refused === 'HELP_LIMIT')
        throw new AppError(refused, HELP_MESSAGES[refused]);
      throw error;
    }
    // The bargain closed (or completed) between the read and the write: decide again.
    if (!written) {
      if (attempt < ATTEMPTS) continue;
      throw new AppError('CLOSED', HELP_MESSAGES.CLOSED);
    }
    // The helpers read before, plus this help: the guarded write took the cut that followed
    // them, or a later one if others helped in between (their rows are not in the view).
    const helpers = [
      ...helpersOf(facts),
      { helper_openid: caller.openid, helped_at: now, cut_fen: written.cut_fen },
    ];
    return {
      cutFen: written.cut_fen,
      bargain: bargainViewFrom(written, settings, caller, now, afterHelp(helper), helpers, null),
    };
  }
}

const prefixed = (alias: string) =>
  BARGAIN_COLUMNS.split(',')
    .map((c) => `${alias}.${c.trim()}`)
    .join(', ');

async function readHelpFacts(
  store: Store,
  bargainId: string,
  openid: string,
  now: Date,
): Promise<HelpFacts | undefined> {
  const [row] = await store.query<HelpFacts>(
    `select ${prefixed('ht')},
            ${campaignVersion()} as campaign_version, ${configUnlessCached('$2')} as config,
            ${helperFactsColumns('bargain')}
       from bargain ht
       join campaign c on c.id = ht.campaign_id
       ${helperAttribution}
      where ht.id = $1`,
    [bargainId, cachedVersions(store), openid, chinaDay(now)],
  );
  if (row) await readFraudHistory(store, row, openid, now);
  return row;
}

/** The help's one write, or undefined when the bargain was no longer open for it. */
async function writeHelp(
  store: Store,
  facts: HelpFacts,
  config: Extract<CampaignConfig, { kind: 'bargain' }>,
  caller: Caller,
  now: Date,
): Promise<(BargainRow & { cut_fen: number }) | undefined> {
  const p = sqlParams();
  const bargain = p.add(facts.id);
  const at = `${p.add(now)}::timestamptz`;
  const rewardId = bargainRewardTemplateId(facts.campaign_id);
  const rewardTemplate = campaignTemplates(config).find((t) => t.id === rewardId);
  if (!rewardTemplate) throw new Error(`campaign ${facts.campaign_id} has no reward template`);
  const rewardCouponId = newId('cpn');
  const completing = `select 1 from upd where status = 'completed'`;

  const [row] = await store.query<BargainRow & { cut_fen: number }>(
    `with upd as (
       -- The bargain's next cut, whoever came first: schedule is 1-based in SQL, so entry
       -- cuts_done + 1 is nextCut(schedule, cuts_done). Open only while active, short of its
       -- helps and before its end.
       update bargain
          set cuts_done = cuts_done + 1,
              helps_done = helps_done + 1,
              current_fen = current_fen - schedule[cuts_done + 1],
              status = case when helps_done + 1 = helps_needed then 'completed' else status end,
              completed_at = case when helps_done + 1 = helps_needed then ${at} else completed_at end,
              reward_coupon_id = case when helps_done + 1 = helps_needed
                                      then ${p.add(rewardCouponId)} else reward_coupon_id end
        where id = ${bargain} and status = 'active' and helps_done < helps_needed
          and ends_at > ${at}
        returning ${BARGAIN_COLUMNS}, schedule[cuts_done] as cut_fen
     ),
     help as (
       insert into bargain_help (bargain_id, helper_openid, seq, cut_fen, helped_at)
       select id, ${p.add(caller.openid)}, helps_done, cut_fen, ${at} from upd
       on conflict (bargain_id, helper_openid) do nothing
       returning seq, helper_openid
     ),
     ${toldInitiator(p, now)},
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
     outcome as (
       select case
         when not exists (select 1 from upd) then null
         when not exists (select 1 from help) then 'ALREADY_HELPED'
         when not exists (select 1 from day) then 'HELP_LIMIT'
         -- The reward template has no budget and allows one per start: a refusal is a bug.
         else ${issueRefusal('reward', completing)}
       end as refusal
     )
     select upd.*, fission_refuse(o.refusal) as refused from outcome o join upd on true`,
    p.values,
  );
  return row;
}

/**
 * The initiator's news of this help, as CTEs over the written bargain (`upd`) and help: which
 * help it was comes from the help's own seq, so a help is told once whoever raced it.
 */
function toldInitiator(p: SqlParams, now: Date): string {
  const common = {
    from: 'upd join help on true',
    recipientOpenid: 'upd.initiator_openid',
    campaignId: 'upd.campaign_id',
    target: targetSql('bargain', 'upd.id'),
    now,
  };
  const who = {
    campaignId: 'upd.campaign_id',
    bargainId: 'upd.id',
    initiatorOpenid: 'upd.initiator_openid',
    helperOpenid: 'help.helper_openid',
  };
  const helped = outboxCte(p, 'told_helped', {
    ...common,
    eventType: 'bargain.helped',
    where: "upd.status <> 'completed'",
    idempotencyKey: "'bargain.helped:' || upd.id || ':' || help.seq",
    payload: {
      ...who,
      cutFen: 'upd.cut_fen',
      currentFen: 'upd.current_fen',
      floorFen: 'upd.floor_fen',
      helpsDone: 'upd.helps_done',
      helpsNeeded: 'upd.helps_needed',
    },
  });
  const completed = outboxCte(p, 'told_completed', {
    ...common,
    eventType: 'bargain.completed',
    where: "upd.status = 'completed'",
    idempotencyKey: "'bargain.completed:' || upd.id",
    payload: {
      ...who,
      finalFen: 'upd.current_fen',
      helpsNeeded: 'upd.helps_needed',
      rewardCouponId: 'upd.reward_coupon_id',
    },
  });
  return `${helped},\n     ${completed}`;
}
