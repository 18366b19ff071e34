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
import type { Helper } from '../../domain/shared/help-refusal';
import { newId } from '../../domain/shared/ids';
import type { Caller, Deps } from '../../functions/caller';
import { refusedInStatement, sqlParams } from '../../store/refused-in-statement';
import type { Store } from '../../store/store';
import {
  cachedVersions,
  campaignVersion,
  configOf,
  configUnlessCached,
} from '../campaign/campaign-config-cache';
import { issueCouponCtes, issueRefusal } from '../coupon/issue-coupon-ctes';
import {
  conversionFor,
  fraudFlagsFrom,
  fraudHistoryColumns,
  fraudLookbackStart,
  type FraudHistory,
} from '../invite/credit-conversion';
import { afterHelp } from '../help/help-facts';
import { HELP_MESSAGES } from '../help/help-messages';
import type { HelperRecord } from '../help/help-view';
import { BARGAIN_COLUMNS, type BargainRow } from './bargain-row';
import { bargainViewFrom } from './bargain-view';

/** Everything a help decides on, read in one statement before any lock is taken. */
interface HelpFacts extends BargainRow {
  campaign_version: string;
  config: CampaignConfig | null;
  is_new: boolean | null;
  helps_today: number | null;
  already: boolean;
  helpers: HelperRecord[];
  sharer_openid: string | null;
  attributed_at: Date | null;
  history: FraudHistory | null;
}

/** A help that lost its race (the bargain closed meanwhile) decides again once on fresh facts. */
const ATTEMPTS = 2;

/**
 * One friend's cut, in two round trips. First one read, without a lock: the bargain, its
 * campaign's config (unless cached), the helper's facts, the helpers so far and what
 * crediting the sharer needs. The rules decide on that. Then one statement writes it all —
 * the bargain's next cut, the help (unique per helper), the helper's day count, the sighting,
 * the sharer's credit, and on the last help the initiator's reward — locking the bargain row
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
    const helper: Helper = {
      openid: caller.openid,
      // Someone the store has never seen is seen first by this help, so they are new here.
      isNewToCampaign: facts.is_new ?? true,
      helpsToday: facts.helps_today ?? 0,
      alreadyHelped: facts.already,
    };
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
      ...facts.helpers,
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
  const [row] = await store.query<
    HelpFacts & { helpers: { helper_openid: string; helped_at: string; cut_fen: number }[] }
  >(
    // hb and att, not b and a: fraudHistoryColumns uses those inside its own subqueries.
    `select ${prefixed('hb')},
            ${campaignVersion()} as campaign_version, ${configUnlessCached('$2')} as config,
            (select first_campaign_id = hb.campaign_id from app_user where openid = $3) as is_new,
            (select helps from helper_day
              where campaign_id = hb.campaign_id and helper_openid = $3 and day = $4) as helps_today,
            exists (select 1 from bargain_help where bargain_id = hb.id and helper_openid = $3) as already,
            (select coalesce(json_agg(json_build_object('helper_openid', helper_openid,
                 'helped_at', helped_at, 'cut_fen', cut_fen) order by seq), '[]')
               from bargain_help where bargain_id = hb.id) as helpers,
            att.sharer_openid, att.attributed_at,
            case when att.sharer_openid is null then null else (
              select row_to_json(fh) from (select ${fraudHistoryColumns('hb.campaign_id', 'att.sharer_openid', '$3', '$5')}) fh
            ) end as history
       from bargain hb
       join campaign c on c.id = hb.campaign_id
       left join attribution att on att.campaign_id = hb.campaign_id and att.invitee_openid = $3
      where hb.id = $1`,
    [bargainId, cachedVersions(store), openid, chinaDay(now), fraudLookbackStart(now)],
  );
  if (!row) return undefined;
  return {
    ...row,
    helpers: row.helpers.map((h) => ({ ...h, helped_at: new Date(h.helped_at) })),
  };
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
  const campaign = p.add(facts.campaign_id);
  const helper = p.add(caller.openid);
  const at = `${p.add(now)}::timestamptz`;
  const rewardId = bargainRewardTemplateId(facts.campaign_id);
  const rewardTemplate = campaignTemplates(config).find((t) => t.id === rewardId);
  if (!rewardTemplate) throw new Error(`campaign ${facts.campaign_id} has no reward template`);
  const rewardCouponId = newId('cpn');
  const completing = `select 1 from upd where status = 'completed'`;

  // The sharer's credit, decided now: the history counts this help too.
  const attribution =
    facts.sharer_openid && facts.attributed_at
      ? { sharer_openid: facts.sharer_openid, attributed_at: new Date(facts.attributed_at) }
      : null;
  const event = {
    campaign: config,
    inviteeOpenid: caller.openid,
    stage: 'helped' as const,
    refId: facts.id,
    clientIp: caller.clientIp ?? null,
    now,
  };
  const credit = attribution
    ? conversionFor(
        event,
        attribution,
        fraudFlagsFrom(event, attribution.sharer_openid, {
          ...(facts.history ?? { recent: null, helps: 0, visits: 0, starts: 0, orders: 0 }),
          helps: (facts.history?.helps ?? 0) + 1,
        }),
      )
    : null;
  const creditCte = credit
    ? `, credit as (
        insert into conversion (id, campaign_id, invitee_openid, sharer_openid, stage, ref_id, xp,
          status, hold_until, flags, created_at)
        select ${p.add(credit.id)}, ${campaign}, ${helper}, ${p.add(credit.sharerOpenid)}, 'helped',
          id, ${p.add(credit.xp)}::integer, ${p.add(credit.status)}, ${p.add(credit.holdUntil)}::timestamptz,
          ${p.add(credit.flags)}::jsonb, ${at}
        from upd
        on conflict (campaign_id, invitee_openid, stage, ref_id) do nothing
      )`
    : '';

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
       select id, ${helper}, helps_done, cut_fen, ${at} from upd
       on conflict (bargain_id, helper_openid) do nothing
       returning seq
     ),
     day as (
       insert into helper_day (campaign_id, helper_openid, day, helps)
       select ${campaign}, ${helper}, ${p.add(chinaDay(now))}::date, 1 from upd
       on conflict (campaign_id, helper_openid, day) do update
         set helps = helper_day.helps + 1
         where helper_day.helps < ${p.add(config.bargain.helperDailyLimit)}::integer
       returning helps
     ),
     first_seen as (
       insert into app_user (openid, first_seen_at, first_campaign_id)
       select ${helper}, ${at}, ${campaign} from upd
       on conflict (openid) do nothing
     ),
     participant as (
       insert into campaign_user (campaign_id, openid, first_seen_at, participated_at)
       select ${campaign}, ${helper}, ${at}, ${at} from upd
       on conflict (campaign_id, openid) do update
         set participated_at = coalesce(campaign_user.participated_at, excluded.participated_at)
     )${creditCte},
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
