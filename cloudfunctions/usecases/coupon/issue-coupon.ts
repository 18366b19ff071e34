import type { CouponValidity } from '../../contracts/campaign-config';
import type { CouponReason } from '../../contracts/coupon';
import { couponExpiresAt, couponStartsAt } from '../../domain/coupon/coupon-expiry';
import { newId } from '../../domain/shared/ids';
import { refuse, type Refusal } from '../../domain/shared/refusal';
import type { Sql } from '../../store/store';
import { COUPON_COLUMNS, type CouponRow } from './coupon-row';

export interface IssueRequest {
  templateId: string;
  ownerOpenid: string;
  reason: CouponReason;
  /** The same key always yields the same coupon: a replay returns the first result. */
  idempotencyKey: string;
  now: Date;
  /** Issue against budget reserved earlier (see reserveCoupon) instead of free budget. */
  fromReservation?: boolean;
  /** This coupon's own amount (a packet's coupons differ), instead of the template's. */
  valueFen?: number;
}

export type IssueOutcome =
  | { ok: true; coupon: CouponRow; replayed: boolean }
  | Refusal<'NOT_FOUND' | 'BUDGET_EXHAUSTED' | 'CLAIM_LIMIT'>;

interface TemplateRow {
  id: string;
  title: string;
  value_fen: number | null;
  percent_off: number | null;
  min_spend_fen: number;
  validity: CouponValidity;
  product_id: string | null;
}

/**
 * The one way any coupon comes into being, inside the caller's transaction. Lock order: the
 * template row (serialises every issuer of this template), then the holder's row, then the
 * coupon. The budget and per-user limit move only by conditional writes; a savepoint undoes
 * this call's writes on refusal without undoing the caller's (a helper whose thank-you coupon
 * hit its limit has still helped).
 */
export async function issueCoupon(tx: Sql, request: IssueRequest): Promise<IssueOutcome> {
  await tx.query('savepoint issue_coupon');
  const outcome = await tryIssue(tx, request);
  await tx.query(
    outcome.ok ? 'release savepoint issue_coupon' : 'rollback to savepoint issue_coupon',
  );
  return outcome;
}

async function tryIssue(tx: Sql, r: IssueRequest): Promise<IssueOutcome> {
  const [template] = await tx.query<TemplateRow>(
    `select id, title, value_fen, percent_off, min_spend_fen, validity, product_id
       from coupon_template where id = $1 for update`,
    [r.templateId],
  );
  if (!template) return refuse('NOT_FOUND');

  // Any earlier transaction with this key held the template lock until it committed, so its
  // coupon is visible now: this is a replay, not a race.
  const [existing] = await tx.query<CouponRow>(
    `select ${COUPON_COLUMNS} from coupon where idempotency_key = $1`,
    [r.idempotencyKey],
  );
  if (existing) return { ok: true, coupon: existing, replayed: true };

  const budget = await tx.query(
    r.fromReservation
      ? `update coupon_template set issued = issued + 1, reserved = reserved - 1
          where id = $1 and reserved > 0 returning id`
      : `update coupon_template set issued = issued + 1
          where id = $1 and (budget is null or issued + reserved < budget) returning id`,
    [r.templateId],
  );
  if (budget.length === 0) return refuse('BUDGET_EXHAUSTED');

  const holding = await tx.query(
    `insert into coupon_holding (template_id, owner_openid, issued)
     values ($1, $2, 1)
     on conflict (template_id, owner_openid) do update
       set issued = coupon_holding.issued + 1
       where coupon_holding.issued < (select per_user_limit from coupon_template where id = $1)
     returning issued`,
    [r.templateId, r.ownerOpenid],
  );
  if (holding.length === 0) return refuse('CLAIM_LIMIT');

  const [coupon] = await tx.query<CouponRow>(
    `insert into coupon (id, template_id, owner_openid, reason, idempotency_key, title, value_fen,
       percent_off, min_spend_fen, product_id, status, issued_at, starts_at, expires_at)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'issued', $11, $12, $13)
     returning ${COUPON_COLUMNS}`,
    [
      newId('cpn'),
      template.id,
      r.ownerOpenid,
      r.reason,
      r.idempotencyKey,
      template.title,
      r.valueFen ?? template.value_fen,
      r.valueFen === undefined ? template.percent_off : null,
      template.min_spend_fen,
      template.product_id,
      r.now,
      couponStartsAt(template.validity, r.now),
      couponExpiresAt(template.validity, r.now),
    ],
  );
  if (!coupon) throw new Error('coupon insert returned no row');
  return { ok: true, coupon, replayed: false };
}

/**
 * Holds one unit of a template's budget for a reward promised now and earned later, so the
 * promise can always be kept. Refused with BUDGET_EXHAUSTED when nothing is left to promise.
 */
export async function reserveCoupon(tx: Sql, templateId: string): Promise<boolean> {
  const rows = await tx.query(
    `update coupon_template set reserved = reserved + 1
      where id = $1 and (budget is null or issued + reserved < budget) returning id`,
    [templateId],
  );
  return rows.length > 0;
}

/** Gives back reservations whose promise lapsed (the assist expired unfinished). */
export async function releaseReservations(
  tx: Sql,
  templateId: string,
  count: number,
): Promise<void> {
  if (count <= 0) return;
  await tx.query('update coupon_template set reserved = greatest(reserved - $2, 0) where id = $1', [
    templateId,
    count,
  ]);
}
