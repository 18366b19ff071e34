import type { CouponClaimResult } from '../../contracts/coupon';
import { AppError } from '../../contracts/errors';
import { newActivityRefusal } from '../../domain/campaign/campaign-lifecycle';
import { CAMPAIGN_MESSAGES } from '../campaign/campaign-messages';
import { newId } from '../../domain/shared/ids';
import type { CampaignConfig } from '../../contracts/campaign-config';
import type { CampaignStatus } from '../../contracts/campaign';
import type { Caller, Deps } from '../../functions/caller';
import { campaignWindowOf } from '../campaign/find-campaign';
import { toCouponView } from './coupon-row';
import { issueCoupon } from './issue-coupon';
import { REFUSAL_MESSAGES } from './refusal-messages';

/** A shopper claims a claimable template directly (领券). */
export async function claimCoupon(
  input: { templateId: string; requestId?: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<CouponClaimResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const [template] = await tx.query<{
      claimable: boolean;
      campaign_status: CampaignStatus | null;
      config: CampaignConfig | null;
    }>(
      `select t.claimable, c.status as campaign_status, c.config
         from coupon_template t left join campaign c on c.id = t.campaign_id
        where t.id = $1`,
      [input.templateId],
    );
    const unknown = new AppError('NOT_FOUND', `no coupon template "${input.templateId}"`);
    if (!template) throw unknown;
    const closed =
      template.campaign_status && template.config
        ? newActivityRefusal(
            { status: template.campaign_status, window: campaignWindowOf(template.config) },
            now,
          )
        : null;
    // A draft's template answers exactly as an unknown one.
    if (closed === 'NOT_FOUND') throw unknown;
    if (!template.claimable)
      throw new AppError('NOT_CLAIMABLE', 'this coupon cannot be claimed directly');
    if (closed) throw new AppError(closed, CAMPAIGN_MESSAGES[closed]);
    // Without a requestId every call is a new claim; with one, a retry returns the first result.
    const key = `claim:${input.templateId}:${caller.openid}:${input.requestId ?? newId('evt')}`;
    const outcome = await issueCoupon(tx, {
      templateId: input.templateId,
      ownerOpenid: caller.openid,
      reason: 'claim',
      idempotencyKey: key,
      now,
    });
    if (!outcome.ok) throw new AppError(outcome.code, REFUSAL_MESSAGES[outcome.code]);
    return { coupon: toCouponView(outcome.coupon, now), replayed: outcome.replayed };
  });
}
