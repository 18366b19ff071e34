import type { CampaignConfig } from '../../contracts/campaign-config';
import type { CampaignStatus } from '../../contracts/campaign';
import { AppError } from '../../contracts/errors';
import { CAMPAIGN_MOVES } from '../../domain/campaign/campaign-lifecycle';
import { campaignTemplates } from '../../domain/campaign/campaign-templates';
import { brokenPromises } from '../../domain/campaign/promised-terms';
import type { Sql, Store } from '../../store/store';

interface Existing {
  status: CampaignStatus;
  config: CampaignConfig;
  has_participants: boolean;
}
import { guardReleasedBatches } from '../fcode/guard-released-batches';

/**
 * Creates or replaces a campaign and its coupon templates in one transaction, under the
 * campaign row's lock (`for update` also waits for any start whose foreign key holds the row).
 * `status` is the status to set; left out, an existing campaign keeps its own and a new one is
 * a draft. The lifecycle only moves forward (nothing returns to draft), and once anyone has
 * taken part what the campaign promised is frozen: changing it is CAMPAIGN_LOCKED, naming the
 * fields. A template's budget may not drop below what was already issued or promised, and a
 * template id stays with the campaign that first declared it.
 */
export async function saveCampaign(
  store: Store,
  config: CampaignConfig,
  status: CampaignStatus | undefined,
  now: Date,
): Promise<CampaignStatus> {
  return store.transaction(async (tx) => {
    const existing = await lockExisting(tx, config.id);
    await guardReleasedBatches(tx, config);
    const next = status ?? existing?.status ?? 'draft';
    if (existing) refuseBrokenPromises(existing, config, next);
    await tx.query(
      `insert into campaign (id, kind, status, config, created_at, updated_at)
       values ($1, $2, $3, $4, $5, $5)
       on conflict (id) do update
         set kind = excluded.kind, status = excluded.status, config = excluded.config,
             updated_at = excluded.updated_at`,
      // `$schema` only helps editors; shoppers' pages never need it.
      [config.id, config.kind, next, JSON.stringify({ ...config, $schema: undefined }), now],
    );
    await saveTemplates(tx, config);
    return next;
  });
}

async function lockExisting(tx: Sql, campaignId: string): Promise<Existing | undefined> {
  const [row] = await tx.query<Existing>(
    `select status, config,
            exists (select 1 from campaign_user
                     where campaign_id = c.id and participated_at is not null)
            or exists (select 1 from coupon_template
                        where campaign_id = c.id and (issued > 0 or reserved > 0))
            or exists (select 1 from shop_order where campaign_id = c.id) as has_participants
       from campaign c where id = $1 for update`,
    [campaignId],
  );
  return row;
}

function refuseBrokenPromises(existing: Existing, config: CampaignConfig, next: CampaignStatus) {
  if (next !== existing.status && !canMove(existing.status, next)) {
    throw new AppError(
      'INVALID_TRANSITION',
      `a ${existing.status} campaign cannot become ${next} (draft → live → paused ⇄ live → ended)`,
    );
  }
  if (!existing.has_participants) return;
  const broken = brokenPromises(existing.config, config);
  if (broken.length > 0) {
    throw new AppError(
      'CAMPAIGN_LOCKED',
      `people have taken part in ${config.id}, so what it promised cannot change: ${broken
        .slice(0, 8)
        .join(
          ', ',
        )}${broken.length > 8 ? ` and ${broken.length - 8} more` : ''}. Copy and images may still change; for new terms, make a new campaign.`,
    );
  }
}

function canMove(from: CampaignStatus, to: CampaignStatus): boolean {
  return Object.values(CAMPAIGN_MOVES).some((m) => m.to === to && m.from.includes(from));
}

async function saveTemplates(tx: Sql, config: CampaignConfig): Promise<void> {
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
}
