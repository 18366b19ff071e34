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
  const [[count], remaining, mine] = await Promise.all([
    store.query<{ n: number }>(
      'select count(*)::int as n from campaign_user where campaign_id = $1 and participated_at is not null',
      [campaign.id],
    ),
    remainingOf(store, campaign),
    ownTargetOf(store, campaign, caller, now),
  ]);
  return {
    ...campaign,
    participants: count?.n ?? 0,
    remaining,
    verifiedOrderIds: verified.map((row) => row.order_id),
    mine,
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

/**
 * The caller's own bargain or assist of this campaign that is still active, or the open group
 * they paid for or still hold a seat in (a hold that ran out is no seat): the landing page leads there (查看我的砍价) rather than to a start,
 * which would only hand the same one back, or refuse a second group.
 */
async function ownTargetOf(
  sql: Sql,
  campaign: StoredCampaign,
  caller: Caller,
  now: Date,
): Promise<CampaignView['mine']> {
  const { kind } = campaign.config;
  if (kind === 'bargain' || kind === 'assist') {
    const [row] = await sql.query<{ id: string }>(
      `select id from ${kind}
        where campaign_id = $1 and initiator_openid = $2 and status = 'active' and ends_at > $3
        order by started_at desc limit 1`,
      [campaign.id, caller.openid, now],
    );
    return row ? { kind, id: row.id } : null;
  }
  if (kind === 'group') {
    const [row] = await sql.query<{ id: string }>(
      `select g.id from group_seat s join group_buy g on g.id = s.group_id
        where g.campaign_id = $1 and s.openid = $2 and g.status = 'open' and g.ends_at > $3
          and (s.status = 'paid' or (s.status = 'held' and s.hold_until > $3))
        order by s.joined_at desc limit 1`,
      [campaign.id, caller.openid, now],
    );
    return row ? { kind, id: row.id } : null;
  }
  return null;
}
