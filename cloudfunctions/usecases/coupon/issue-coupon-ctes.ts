import type { CouponReason } from '../../contracts/coupon';
import type { SubscriptionKind } from '../../domain/notify/subscription-target';
import type { SqlParams } from '../../store/refused-in-statement';
import { outboxCte, targetSql } from '../outbox/outbox-cte';
import { COUPON_COLUMNS } from './coupon-row';

export interface IssueInStatement {
  /** A query with a row only when the coupon is to be issued (default: always). */
  when?: string;
  templateId: string;
  ownerOpenid: string;
  reason: CouponReason;
  idempotencyKey: string;
  /** Chosen by the caller (newId('cpn')): used only if the coupon is issued. */
  couponId: string;
  now: Date;
  /** From the template's validity (couponStartsAt / couponExpiresAt), decided before. */
  startsAt: Date;
  expiresAt: Date;
  /** This coupon's own amount (a packet's coupons differ), instead of the template's. */
  valueFen?: number;
  /** Issue against budget reserved earlier (see reserveCoupon) instead of free budget. */
  fromReservation?: boolean;
  /**
   * What the coupon rewards (a bargain, an assist), when it is a reward: the issue then also
   * records `reward.issued` for its owner, in the same statement (`<name>_told`).
   */
  rewards?: { campaignId: string; kind: SubscriptionKind; id: string };
}

/**
 * issueCoupon as parts of one statement: the same conditional writes (budget, then the
 * holder's count, then the coupon, unique per idempotency key), as CTEs named `<name>_budget`,
 * `<name>_holding` and `<name>_coupon` (the last returns the coupon's columns). The template
 * row is locked by the budget update, so in a hot action it is locked for this one statement.
 * Pair with issueRefusal: a write that did not take leaves the statement to roll back whole.
 */
export function issueCouponCtes(p: SqlParams, name: string, r: IssueInStatement): string {
  const template = p.add(r.templateId);
  const owner = p.add(r.ownerOpenid);
  const when = r.when ? `and exists (${r.when})` : '';
  const budget = r.fromReservation
    ? `update coupon_template set issued = issued + 1, reserved = reserved - 1
        where id = ${template} and reserved > 0 ${when}`
    : `update coupon_template set issued = issued + 1
        where id = ${template} and (budget is null or issued + reserved < budget) ${when}`;
  return `${name}_budget as (
    ${budget}
    returning id, title, value_fen, percent_off, min_spend_fen, product_id, per_user_limit
  ),
  ${name}_holding as (
    insert into coupon_holding (template_id, owner_openid, issued)
    select id, ${owner}, 1 from ${name}_budget
    on conflict (template_id, owner_openid) do update
      set issued = coupon_holding.issued + 1
      where coupon_holding.issued < (select per_user_limit from ${name}_budget)
    returning issued
  ),
  ${name}_coupon as (
    insert into coupon (id, template_id, owner_openid, reason, idempotency_key, title, value_fen,
      percent_off, min_spend_fen, product_id, status, issued_at, starts_at, expires_at)
    select ${p.add(r.couponId)}, t.id, ${owner}, ${p.add(r.reason)}, ${p.add(r.idempotencyKey)}, t.title,
      ${r.valueFen === undefined ? 't.value_fen' : `${p.add(r.valueFen)}::integer`},
      ${r.valueFen === undefined ? 't.percent_off' : 'null'},
      t.min_spend_fen, t.product_id, 'issued', ${p.add(r.now)}::timestamptz,
      ${p.add(r.startsAt)}::timestamptz, ${p.add(r.expiresAt)}::timestamptz
    from ${name}_budget t
    where exists (select 1 from ${name}_holding)
    on conflict (idempotency_key) do nothing
    returning ${COUPON_COLUMNS}
  )${r.rewards ? `,\n  ${rewardIssuedCte(p, name, r, r.rewards)}` : ''}`;
}

function rewardIssuedCte(
  p: SqlParams,
  name: string,
  r: IssueInStatement,
  rewards: NonNullable<IssueInStatement['rewards']>,
): string {
  const campaign = `${p.add(rewards.campaignId)}::text`;
  const ref = `${p.add(rewards.id)}::text`;
  return outboxCte(p, `${name}_told`, {
    eventType: 'reward.issued',
    from: `${name}_coupon c`,
    recipientOpenid: 'c.owner_openid',
    // The coupon's own key: one coupon per key, so one event per coupon.
    idempotencyKey: `${p.add(`reward.issued:${r.idempotencyKey}`)}::text`,
    campaignId: campaign,
    target: targetSql(rewards.kind, ref),
    now: r.now,
    payload: {
      campaignId: campaign,
      couponId: 'c.id',
      ownerOpenid: 'c.owner_openid',
      templateId: 'c.template_id',
      reason: 'c.reason',
      refId: ref,
    },
  });
}

/**
 * Why the coupon of issueCouponCtes was not issued, as SQL: null when it was (or was not to
 * be), else BUDGET_EXHAUSTED, CLAIM_LIMIT or REPLAYED (a concurrent call with the same key
 * issued it first: read it and answer the replay).
 */
export function issueRefusal(name: string, when?: string): string {
  return `case
      ${when ? `when not exists (${when}) then null` : ''}
      when not exists (select 1 from ${name}_budget) then 'BUDGET_EXHAUSTED'
      when not exists (select 1 from ${name}_holding) then 'CLAIM_LIMIT'
      when not exists (select 1 from ${name}_coupon) then 'REPLAYED'
    end`;
}
