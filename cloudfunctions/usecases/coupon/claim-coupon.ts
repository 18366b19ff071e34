import type { CampaignConfig, CouponValidity } from '../../contracts/campaign-config';
import type { CampaignStatus } from '../../contracts/campaign';
import type { CouponClaimResult } from '../../contracts/coupon';
import { AppError } from '../../contracts/errors';
import { couponExpiresAt, couponStartsAt } from '../../domain/coupon/coupon-expiry';
import { newActivityRefusal } from '../../domain/campaign/campaign-lifecycle';
import { newId } from '../../domain/shared/ids';
import type { Caller, Deps } from '../deps';
import { refusedInStatement, sqlParams } from '../../store/refused-in-statement';
import {
  cachedVersions,
  campaignVersion,
  configOf,
  configUnlessCached,
} from '../campaign/campaign-config-cache';
import { campaignWindowOf } from '../campaign/find-campaign';
import { CAMPAIGN_MESSAGES } from '../campaign/campaign-messages';
import { COUPON_COLUMNS, couponRowFromJson, toCouponView, type CouponRow } from './coupon-row';
import { issueCouponCtes, issueRefusal } from './issue-coupon-ctes';
import { REFUSAL_MESSAGES } from './refusal-messages';

interface ClaimFacts {
  id: string;
  claimable: boolean;
  validity: CouponValidity;
  per_user_limit: number;
  budget: number | null;
  issued: number;
  reserved: number;
  campaign_id: string | null;
  campaign_status: CampaignStatus | null;
  campaign_version: string | null;
  config: CampaignConfig | null;
  held: number | null;
  existing: Record<string, unknown> | null;
}

/** A replay, or a refusal decided in TypeScript, raced by a pause: try once more, then give up. */
const ATTEMPTS = 3;

/**
 * A shopper claims a claimable template directly (领券). Two round trips: everything the
 * decision needs is read first, without a lock; then one statement issues the coupon,
 * locking the template's row for that statement only and re-checking on the way what the
 * decision assumed (the campaign's status, the budget, the holder's count). When a check
 * fails the statement rolls back whole and the claim is decided again on fresh facts.
 */
export async function claimCoupon(
  input: { templateId: string; requestId?: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<CouponClaimResult> {
  const now = clock();
  // Without a requestId every call is a new claim; with one, a retry returns the first result.
  const key = `claim:${input.templateId}:${caller.openid}:${input.requestId ?? newId('evt')}`;
  let refusedBefore: 'BUDGET_EXHAUSTED' | 'CLAIM_LIMIT' | null = null;
  for (let attempt = 1; ; attempt += 1) {
    const facts = await readClaimFacts(store, input.templateId, caller.openid, key);
    const unknown = new AppError('NOT_FOUND', `no coupon template "${input.templateId}"`);
    if (!facts) throw unknown;
    let closed: ReturnType<typeof newActivityRefusal> = null;
    if (facts.campaign_id && facts.campaign_status && facts.campaign_version) {
      const config = await configOf(store, facts.campaign_id, facts.campaign_version, facts.config);
      closed = newActivityRefusal(
        { status: facts.campaign_status, window: campaignWindowOf(config) },
        now,
      );
    }
    // A draft's template answers exactly as an unknown one.
    if (closed === 'NOT_FOUND') throw unknown;
    if (!facts.claimable)
      throw new AppError('NOT_CLAIMABLE', 'this coupon cannot be claimed directly');
    if (closed) throw new AppError(closed, CAMPAIGN_MESSAGES[closed]);
    if (facts.existing) {
      return { coupon: toCouponView(couponRowFromJson(facts.existing), now), replayed: true };
    }
    // The write refused, and the claim is not a replay of one that won meanwhile.
    if (refusedBefore) throw new AppError(refusedBefore, REFUSAL_MESSAGES[refusedBefore]);
    if (facts.budget !== null && facts.issued + facts.reserved >= facts.budget)
      throw new AppError('BUDGET_EXHAUSTED', REFUSAL_MESSAGES.BUDGET_EXHAUSTED);
    if ((facts.held ?? 0) >= facts.per_user_limit)
      throw new AppError('CLAIM_LIMIT', REFUSAL_MESSAGES.CLAIM_LIMIT);

    try {
      const coupon = await writeClaim(store, facts, caller.openid, key, now);
      return { coupon: toCouponView(coupon, now), replayed: false };
    } catch (error) {
      const refused = refusedInStatement(error);
      // Read again: a call with the same key may have won meanwhile (REPLAYED, or a holder's
      // limit it reached first), or the campaign's status moved (STALE).
      if (refused === 'BUDGET_EXHAUSTED' || refused === 'CLAIM_LIMIT') {
        if (attempt >= ATTEMPTS) throw new AppError(refused, REFUSAL_MESSAGES[refused]);
        refusedBefore = refused;
      } else if (refused === 'REPLAYED' || refused === 'STALE') {
        if (attempt >= ATTEMPTS) throw new AppError('BUSY', 'the claim kept racing; retry');
      } else {
        throw error;
      }
    }
  }
}

async function readClaimFacts(
  store: Deps['store'],
  templateId: string,
  openid: string,
  key: string,
): Promise<ClaimFacts | undefined> {
  const [row] = await store.query<ClaimFacts>(
    `select t.id, t.claimable, t.validity, t.per_user_limit, t.budget, t.issued, t.reserved,
            t.campaign_id, c.status as campaign_status, ${campaignVersion()} as campaign_version,
            ${configUnlessCached('$2')} as config,
            (select issued from coupon_holding where template_id = t.id and owner_openid = $3) as held,
            (select row_to_json(e) from (select ${COUPON_COLUMNS} from coupon
               where idempotency_key = $4) e) as existing
       from coupon_template t left join campaign c on c.id = t.campaign_id
      where t.id = $1`,
    [templateId, cachedVersions(store), openid, key],
  );
  return row;
}

/** The claim's one write; raises (and leaves nothing) when a re-check fails. */
async function writeClaim(
  store: Deps['store'],
  facts: ClaimFacts,
  openid: string,
  key: string,
  now: Date,
): Promise<CouponRow> {
  const p = sqlParams();
  const live = facts.campaign_id
    ? `select 1 from campaign where id = ${p.add(facts.campaign_id)} and status = ${p.add(facts.campaign_status)}`
    : undefined;
  const ctes = issueCouponCtes(p, 'claim', {
    when: live,
    templateId: facts.id,
    ownerOpenid: openid,
    reason: 'claim',
    idempotencyKey: key,
    couponId: newId('cpn'),
    now,
    startsAt: couponStartsAt(facts.validity, now),
    expiresAt: couponExpiresAt(facts.validity, now),
  });
  const refusal = live
    ? `case when not exists (${live}) then 'STALE' else ${issueRefusal('claim')} end`
    : issueRefusal('claim');
  const [row] = await store.query<CouponRow & { refused: boolean | null }>(
    `with ${ctes},
     outcome as (select ${refusal} as refusal)
     select c.*, fission_refuse(o.refusal) as refused
       from outcome o left join claim_coupon c on true`,
    p.values,
  );
  // fission_refuse is strict: a null refusal leaves the function uncalled and answers null.
  if (!row || !row.id) throw new Error(`claim of ${facts.id} issued no coupon and no refusal`);
  return row;
}
