import type { CampaignView } from '../../contracts/campaign';
import { AppError } from '../../contracts/errors';
import type { Caller, Deps } from '../../functions/caller';
import { findCampaign } from './find-campaign';

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
  const [count] = await store.query<{ n: number }>(
    'select count(*)::int as n from campaign_user where campaign_id = $1 and participated_at is not null',
    [campaign.id],
  );
  return {
    ...campaign,
    participants: count?.n ?? 0,
    verifiedOrderIds: verified.map((row) => row.order_id),
    serverNow: now.toISOString(),
  };
}
