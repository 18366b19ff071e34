import type { AssistHelpResult } from '../../contracts/assist';
import type { CampaignConfig, CouponValidity } from '../../contracts/campaign-config';
import { decideAssistHelp } from '../../domain/assist/decide-assist-help';
import { campaignTemplates } from '../../domain/campaign/campaign-templates';
import { couponExpiresAt, couponStartsAt } from '../../domain/coupon/coupon-expiry';
import { newId } from '../../domain/shared/ids';
import type { Caller, Deps } from '../deps';
import { sqlParams } from '../../store/refused-in-statement';
import type { Store } from '../../store/store';
import { targetCampaignOf } from '../campaign/target-campaign';
import { couponRowFromJson, toCouponView, type CouponRow } from '../coupon/coupon-row';
import { issueCouponCtes, issueRefusal } from '../coupon/issue-coupon-ctes';
import { afterHelp } from '../help/help-facts';
import { helpersOf, helperWriteCtes } from '../help/help-statement';
import { helpTargetOf } from '../help/help-target-row';
import { helpViewFrom } from '../help/help-view';
import {
  advanceCte,
  helpRowCte,
  outcomeCte,
  readHelpFacts,
  recordHelp,
  toldInitiatorCtes,
  type HelpFactsOf,
} from '../help/record-help';
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

type HelpFacts = HelpFactsOf<AssistRow & { thanks: ThanksFacts | null }>;

type ThanksRefusal = 'BUDGET_EXHAUSTED' | 'CLAIM_LIMIT' | 'NOT_FOUND';

/**
 * One friend's help, in the two round trips of every help (see recordHelp): the rules decide,
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
  let thanksId: string | null = null;
  const target = { kind: 'assist' as const, columns: ASSIST_COLUMNS, id: input.assistId };
  const { facts, config, helper, written } = await recordHelp(store, {
    kind: 'assist',
    targetId: input.assistId,
    helperOpenid: caller.openid,
    attempts: 3,
    read: () =>
      readHelpFacts<AssistRow & { thanks: ThanksFacts | null }>(
        store,
        target,
        caller.openid,
        now,
        THANKS_SQL,
      ),
    decide: (assist, { assist: settings }, helper) =>
      decideAssistHelp({ assist: helpTargetOf(assist), helper, settings, now }),
    write(assist, config) {
      thanksId = config.assist.helperRewardTemplateId ?? null;
      if (thanksId && !thanksRefused) thanksRefused = thanksRefusal(assist.thanks);
      return writeHelp(store, assist, config, caller, now, {
        thanksTemplateId: thanksId && !thanksRefused ? thanksId : null,
      });
    },
    retryAfter(refused) {
      const thanks = /^THANKS_(BUDGET_EXHAUSTED|CLAIM_LIMIT|REPLAYED)$/.exec(refused)?.[1];
      // A replayed thank-you means this helper's help won elsewhere: the read will say so.
      if (thanks && thanks !== 'REPLAYED') thanksRefused = thanks as ThanksRefusal;
      return thanks !== undefined;
    },
  });
  const { row, thanksCoupon } = written;
  const helpers = [...helpersOf(facts), { helper_openid: caller.openid, helped_at: now }];
  const { base, helpers: shown } = helpViewFrom(
    row,
    config.assist,
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
      campaign: targetCampaignOf(config),
    },
    helperReward: !thanksId
      ? null
      : thanksCoupon
        ? { ok: true, coupon: toCouponView(thanksCoupon, now) }
        : { ok: false, code: thanksRefused ?? 'NOT_FOUND' },
  };
}

/** Why the thank-you cannot be issued, as the read shows it; null when it can. */
function thanksRefusal(thanks: ThanksFacts | null): ThanksRefusal | null {
  if (!thanks) return 'NOT_FOUND';
  if (thanks.budget !== null && thanks.issued + thanks.reserved >= thanks.budget)
    return 'BUDGET_EXHAUSTED';
  if ((thanks.held ?? 0) >= thanks.per_user_limit) return 'CLAIM_LIMIT';
  return null;
}

/** The helper's thank-you template as it stands, read with the assist. */
const THANKS_SQL = `(select row_to_json(x) from (
               select t.budget, t.issued, t.reserved, t.per_user_limit, t.validity,
                      (select issued from coupon_holding
                        where template_id = t.id and owner_openid = $3) as held
                 from coupon_template t
                where t.id = c.config #>> '{assist,helperRewardTemplateId}') x) as thanks`;

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
    `with ${advanceCte(p, {
      kind: 'assist',
      columns: ASSIST_COLUMNS,
      id: facts.id,
      at,
      rewardCouponId,
    })},
     ${thanks}
     ${helpRowCte(p, {
       kind: 'assist',
       helperOpenid: caller.openid,
       at,
       columns: { reward_coupon_id: thanksCouponId },
     })},
     ${toldInitiatorCtes(p, 'assist', now, {
       helped: { helpsDone: 'upd.helps_done', helpsNeeded: 'upd.helps_needed' },
       completed: { helpsNeeded: 'upd.helps_needed', rewardCouponId: 'upd.reward_coupon_id' },
     })},
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
     -- Budget was reserved at start and the per-user limit covers every allowed start.
     ${outcomeCte(
       issueRefusal('reward', completing),
       thanksTemplateId
         ? `when (${issueRefusal('thanks')}) is not null then 'THANKS_' || (${issueRefusal('thanks')})`
         : '',
     )}
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
