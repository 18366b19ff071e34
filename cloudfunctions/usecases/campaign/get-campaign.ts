import type { CampaignView } from '../../contracts/campaign';
import { AppError } from '../../contracts/errors';
import type { Caller, Deps } from '../deps';
import type { Sql } from '../../store/store';
import { findCampaign, type StoredCampaign } from './find-campaign';

/**
 * The landing page's one call; a pure read. It does not mark the viewer as seen: arriving is
 * what `invite.visit` records, and marking here first would make every friend who opens a
 * shared card look like a returning user. Drafts exist only for a merchant who asks for a
 * preview; to everyone else a draft does not exist at all.
 */
export async function getCampaign(
  input: { campaignId: string; preview?: boolean },
  caller: Caller,
  { store, clock }: Deps,
): Promise<CampaignView> {
  const now = clock();
  const campaign = await findCampaign(store, input.campaignId);
  if (campaign.status === 'draft' && !(input.preview && caller.role === 'merchant')) {
    throw new AppError('NOT_FOUND', `no campaign "${input.campaignId}"`);
  }
  const orderIds = campaign.config.landing.sections.flatMap((section) =>
    section.type === 'proof'
      ? section.testimonials.flatMap((t) => (t.orderId ? [t.orderId] : []))
      : [],
  );
  const verified = orderIds.length
    ? await store.query<{ order_id: string }>(
        'select order_id from shop_order where order_id = any($1::text[])',
        [orderIds],
      )
    : [];
  const [[count], remaining] = await Promise.all([
    store.query<{ n: number }>(
      'select count(*)::int as n from campaign_user where campaign_id = $1 and participated_at is not null',
      [campaign.id],
    ),
    remainingOf(store, campaign),
  ]);
  return {
    ...campaign,
    participants: count?.n ?? 0,
    remaining,
    verifiedOrderIds: verified.map((row) => row.order_id),
    serverNow: now.toISOString(),
  };
}

/**
 * How many are left, live: a number typed into a config never moves, so the page only ever
 * shows this. A coupon campaign has its claim template's budget, less what was issued and
 * what assists hold reserved; any other campaign with `stock` has that many to sell, less the
 * orders reported for it that are not owed a refund.
 */
async function remainingOf(sql: Sql, campaign: StoredCampaign): Promise<CampaignView['remaining']> {
  const { config } = campaign;
  if (config.kind === 'coupon') {
    const [row] = await sql.query<{ left: number | null }>(
      'select budget - issued - reserved as left from coupon_template where id = $1',
      [config.claimTemplateId],
    );
    return row && row.left !== null ? { count: Math.max(0, row.left), unit: '张' } : null;
  }
  if (config.stock === undefined) return null;
  const [row] = await sql.query<{ sold: number }>(
    'select count(*)::int as sold from shop_order where campaign_id = $1 and not refund_due',
    [campaign.id],
  );
  return { count: Math.max(0, config.stock - (row?.sold ?? 0)), unit: '件' };
}
