import type { CampaignConfig } from '../../contracts/campaign-config';
import type { CampaignStatus } from '../../contracts/campaign';
import { AppError } from '../../contracts/errors';
import { campaignTemplates } from '../../domain/campaign/campaign-templates';
import type { Store } from '../../store/store';
import { guardReleasedBatches } from '../fcode/guard-released-batches';

/**
 * Creates or replaces a campaign and its coupon templates in one transaction. A template's
 * budget may not drop below what was already issued, and a template id stays with the
 * campaign that first declared it.
 */
export async function saveCampaign(
  store: Store,
  config: CampaignConfig,
  status: CampaignStatus,
  now: Date,
): Promise<void> {
  await store.transaction(async (tx) => {
    await guardReleasedBatches(tx, config);
    await tx.query(
      `insert into campaign (id, kind, status, config, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $5)
       on conflict (id) do update
         set kind = excluded.kind, status = excluded.status, config = excluded.config,
             updated_at = excluded.updated_at`,
      // `$schema` only helps editors; shoppers' pages never need it.
      [config.id, config.kind, status, JSON.stringify({ ...config, $schema: undefined }), now],
    );
    for (const t of campaignTemplates(config)) {
      const saved = await tx.query(
        `insert into coupon_template (id, campaign_id, title, value_fen, percent_off, min_spend_fen,
           validity, budget, per_user_limit, claimable, product_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
         on conflict (id) do update
           set title = excluded.title, value_fen = excluded.value_fen,
               percent_off = excluded.percent_off, min_spend_fen = excluded.min_spend_fen,
               validity = excluded.validity, budget = excluded.budget,
               per_user_limit = excluded.per_user_limit, claimable = excluded.claimable,
               product_id = excluded.product_id
           where coupon_template.campaign_id = excluded.campaign_id
             and (excluded.budget is null or coupon_template.issued + coupon_template.reserved <= excluded.budget)
         returning id`,
        [
          t.id,
          t.campaignId,
          t.title,
          t.valueFen ?? null,
          t.percentOff ?? null,
          t.minSpendFen,
          JSON.stringify(t.validity),
          t.budget,
          t.perUserLimit,
          t.claimable,
          t.productId ?? null,
        ],
      );
      if (saved.length === 0) {
        throw new AppError(
          'INVALID_INPUT',
          `coupon template "${t.id}" belongs to another campaign, or its budget is below what was already issued or promised`,
        );
      }
    }
  });
}
