import type { AssistHelpResult } from '../../contracts/assist';
import type { CampaignConfig, CouponValidity } from '../../contracts/campaign-config';
import { AppError } from '../../contracts/errors';
import { decideAssistHelp } from '../../domain/assist/decide-assist-help';
import { campaignTemplates } from '../../domain/campaign/campaign-templates';
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
import { couponRowFromJson, toCouponView, type CouponRow } from '../coupon/coupon-row';
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
import { helpViewFrom } from '../help/help-view';
import { ASSIST_COLUMNS, type AssistRow } from './assist-row';

/** The helper's thank-you template as it stands, read with the assist. */
interface ThanksFacts {
  budget: number | null;
  issued: number;
  reserved: number;
  per_user_limit: number;
  validity: CouponValidity;
  held: number | null;
}

interface HelpFacts extends AssistRow, HelperFactsRow {
  campaign_version: string;
  config: CampaignConfig | null;
  thanks: ThanksFacts | null;
}

type ThanksRefusal = 'BUDGET_EXHAUSTED' | 'CLAIM_LIMIT' | 'NOT_FOUND';

const ATTEMPTS = 3;

/**
 * One friend's help, in the shape of bargain.help: one read without a lock, the rules decide,
 * then one statement locks the assist row and writes the help, the helper's day count,
 * sighting and credit, the helper's thank-you coupon, the initiator's news (assist.helped, or
 * on the last help assist.completed) and, on the last help, the initiator's reward from the
 * budget reserved at start; each coupon given records its reward.issued. The help stands even
 * when the thank-you is refused (the helper is told why): a thank-you the read showed out of
 * budget or over the limit is not attempted, and one that a race took meanwhile makes the
 * statement roll back and the help try again without it.
 */
export async function helpAssist(
  input: { assistId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<AssistHelpResult> {
  const now = clock();
  let thanksRefused: ThanksRefusal | null = null;
  for (let attempt = 1; ; attempt += 1) {
    const facts = await readHelpFacts(store, input.assistId, caller.openid, now);
    if (!facts) throw new AppError('NOT_FOUND', `no assist "${input.assistId}"`);
    const config = await configOf(store, facts.campaign_id, facts.campaign_version, facts.config);
    if (config.kind !== 'assist')
      throw new AppError('NOT_FOUND', `"${facts.campaign_id}" is not an assist campaign`);
    const settings = config.assist;
    const helper = helperOf(facts, caller.openid);
    const decision = decideAssistHelp({
      assist: {
        initiatorOpenid: facts.initiator_openid,
        status: facts.status,
        endsAt: facts.ends_at,
        helpsDone: facts.helps_done,
        helpsNeeded: facts.helps_needed,
      },
      helper,
      settings,
      now,
    });
    if (!decision.ok) throw new AppError(decision.code, HELP_MESSAGES[decision.code]);

    const thanksId = settings.helperRewardTemplateId;
    if (thanksId && !thanksRefused) thanksRefused = thanksRefusal(facts.thanks);
    let written: Written | undefined;
    try {
      written = await writeHelp(store, facts, config, caller, now, {
        thanksTemplateId: thanksId && !thanksRefused ? thanksId : null,
      });
    } catch (error) {
      const refused = refusedInStatement(error);
      if (refused === 'ALREADY_HELPED' || refused === 'HELP_LIMIT')
        throw new AppError(refused, HELP_MESSAGES[refused]);
      const thanks = /^THANKS_(BUDGET_EXHAUSTED|CLAIM_LIMIT|REPLAYED)$/.exec(refused ?? '')?.[1];
      if (thanks && attempt < ATTEMPTS) {
        // A replayed thank-you means this helper's help won elsewhere: the read will say so.
        if (thanks !== 'REPLAYED') thanksRefused = thanks as ThanksRefusal;
        continue;
      }
      throw error;
    }
    if (!written) {
      if (attempt < ATTEMPTS) continue;
      throw new AppError('CLOSED', HELP_MESSAGES.CLOSED);
    }
    const { row, thanksCoupon } = written;
    const helpers = [...helpersOf(facts), { helper_openid: caller.openid, helped_at: now }];
    const { base, helpers: shown } = helpViewFrom(
      row,
      settings,
      caller,
      now,
      afterHelp(helper),
      helpers,
      null,
    );
    return {
      assist: {
        ...base,
        helpers: shown.map((h) => ({ name: h.name, avatarUrl: null, helpedAt: h.helpedAt })),
      },
      helperReward: !thanksId
        ? null
        : thanksCoupon
          ? { ok: true, coupon: toCouponView(thanksCoupon, now) }
          : { ok: false, code: thanksRefused ?? 'NOT_FOUND' },
    };
  }
}

/** Why the thank-you cannot be issued, as the read shows it; null when it can. */
function thanksRefusal(thanks: ThanksFacts | null): ThanksRefusal | null {
  if (!thanks) return 'NOT_FOUND';
  if (thanks.budget !== null && thanks.issued + thanks.reserved >= thanks.budget)
    return 'BUDGET_EXHAUSTED';
  if ((thanks.held ?? 0) >= thanks.per_user_limit) return 'CLAIM_LIMIT';
  return null;
}

async function readHelpFacts(
  store: Store,
  assistId: string,
  openid: string,
  now: Date,
): Promise<HelpFacts | undefined> {
  const [row] = await store.query<HelpFacts>(
    `select ${ASSIST_COLUMNS.split(',')
      .map((c) => `ht.${c.trim()}`)
      .join(', ')},
            ${campaignVersion()} as campaign_version, ${configUnlessCached('$2')} as config,
            ${helperFactsColumns('assist')},
            (select row_to_json(x) from (
               select t.budget, t.issued, t.reserved, t.per_user_limit, t.validity,
                      (select issued from coupon_holding
                        where template_id = t.id and owner_openid = $3) as held
                 from coupon_template t
                where t.id = c.config #>> '{assist,helperRewardTemplateId}') x) as thanks
       from assist ht
       join campaign c on c.id = ht.campaign_id
       ${helperAttribution}
      where ht.id = $1`,
    [assistId, cachedVersions(store), openid, chinaDay(now)],
  );
  if (row) await readFraudHistory(store, row, openid, now);
  return row;
}

interface Written {
  row: AssistRow;
  thanksCoupon: CouponRow | null;
}

/** The help's one write, or undefined when the assist was no longer open for it. */
async function writeHelp(
  store: Store,
  facts: HelpFacts,
  config: Extract<CampaignConfig, { kind: 'assist' }>,
  caller: Caller,
  now: Date,
  { thanksTemplateId }: { thanksTemplateId: string | null },
): Promise<Written | undefined> {
  const p = sqlParams();
  const assist = p.add(facts.id);
  const at = `${p.add(now)}::timestamptz`;
  const templates = campaignTemplates(config);
  const validityOf = (id: string) => {
    const template = templates.find((t) => t.id === id);
    if (!template) throw new Error(`campaign ${config.id} has no template ${id}`);
    return template.validity;
  };
  const rewardCouponId = newId('cpn');
  const completing = `select 1 from upd where status = 'completed'`;
  const rewardValidity = validityOf(facts.reward_template_id);
  const thanks = thanksTemplateId
    ? issueCouponCtes(p, 'thanks', {
        when: 'select 1 from upd',
        templateId: thanksTemplateId,
        ownerOpenid: caller.openid,
        reason: 'assist_helper_reward',
        idempotencyKey: `assist-helper:${facts.id}:${caller.openid}`,
        couponId: newId('cpn'),
        now,
        startsAt: couponStartsAt(validityOf(thanksTemplateId), now),
        expiresAt: couponExpiresAt(validityOf(thanksTemplateId), now),
        rewards: { campaignId: facts.campaign_id, kind: 'assist', id: facts.id },
      }) + ','
    : '';
  const thanksCouponId = thanksTemplateId ? '(select id from thanks_coupon)' : 'null';

  const [row] = await store.query<
    AssistRow & { thanks: Record<string, unknown> | null; refused: boolean | null }
  >(
    `with upd as (
       update assist
          set helps_done = helps_done + 1,
              status = case when helps_done + 1 = helps_needed then 'completed' else status end,
              completed_at = case when helps_done + 1 = helps_needed then ${at} else completed_at end,
              reward_coupon_id = case when helps_done + 1 = helps_needed
                                      then ${p.add(rewardCouponId)} else reward_coupon_id end
        where id = ${assist} and status = 'active' and helps_done < helps_needed
          and ends_at > ${at}
        returning ${ASSIST_COLUMNS}
     ),
     ${thanks}
     help as (
       insert into assist_help (assist_id, helper_openid, seq, helped_at, reward_coupon_id)
       select id, ${p.add(caller.openid)}, helps_done, ${at}, ${thanksCouponId} from upd
       on conflict (assist_id, helper_openid) do nothing
       returning seq, helper_openid
     ),
     ${toldInitiator(p, now)},
     ${helperWriteCtes(p, {
       target: 'upd',
       row: facts,
       campaign: config,
       dailyLimit: config.assist.helperDailyLimit,
       refId: facts.id,
       caller,
       now,
     })},
     ${issueCouponCtes(p, 'reward', {
       when: completing,
       templateId: facts.reward_template_id,
       ownerOpenid: facts.initiator_openid,
       reason: 'assist_reward',
       idempotencyKey: `assist-reward:${facts.id}`,
       couponId: rewardCouponId,
       now,
       startsAt: couponStartsAt(rewardValidity, now),
       expiresAt: couponExpiresAt(rewardValidity, now),
       fromReservation: true,
       rewards: { campaignId: facts.campaign_id, kind: 'assist', id: facts.id },
     })},
     outcome as (
       select case
         when not exists (select 1 from upd) then null
         when not exists (select 1 from help) then 'ALREADY_HELPED'
         when not exists (select 1 from day) then 'HELP_LIMIT'
         ${thanksTemplateId ? `when (${issueRefusal('thanks')}) is not null then 'THANKS_' || (${issueRefusal('thanks')})` : ''}
         -- Budget was reserved at start and the per-user limit covers every allowed start.
         else ${issueRefusal('reward', completing)}
       end as refusal
     )
     select upd.*, ${thanksTemplateId ? '(select row_to_json(t) from thanks_coupon t)' : 'null'} as thanks,
            fission_refuse(o.refusal) as refused
       from outcome o join upd on true`,
    p.values,
  );
  if (!row) return undefined;
  const { thanks: thanksJson, refused: _refused, ...assistRow } = row;
  return {
    row: assistRow as AssistRow,
    thanksCoupon: thanksJson ? couponRowFromJson(thanksJson) : null,
  };
}

/** The initiator's news of this help, as CTEs over the written assist (`upd`) and help. */
function toldInitiator(p: SqlParams, now: Date): string {
  const common = {
    from: 'upd join help on true',
    recipientOpenid: 'upd.initiator_openid',
    campaignId: 'upd.campaign_id',
    target: targetSql('assist', 'upd.id'),
    now,
  };
  const who = {
    campaignId: 'upd.campaign_id',
    assistId: 'upd.id',
    initiatorOpenid: 'upd.initiator_openid',
    helperOpenid: 'help.helper_openid',
  };
  const helped = outboxCte(p, 'told_helped', {
    ...common,
    eventType: 'assist.helped',
    where: "upd.status <> 'completed'",
    idempotencyKey: "'assist.helped:' || upd.id || ':' || help.seq",
    payload: { ...who, helpsDone: 'upd.helps_done', helpsNeeded: 'upd.helps_needed' },
  });
  const completed = outboxCte(p, 'told_completed', {
    ...common,
    eventType: 'assist.completed',
    where: "upd.status = 'completed'",
    idempotencyKey: "'assist.completed:' || upd.id",
    payload: {
      ...who,
      helpsNeeded: 'upd.helps_needed',
      rewardCouponId: 'upd.reward_coupon_id',
    },
  });
  return `${helped},\n     ${completed}`;
}
