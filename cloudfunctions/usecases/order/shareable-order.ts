import { AppError } from '../../contracts/errors';
import { newActivityRefusal } from '../../domain/campaign/campaign-lifecycle';
import type { Sql } from '../../store/store';
import { CAMPAIGN_MESSAGES } from '../campaign/campaign-messages';
import {
  campaignWindowOf,
  findCampaign,
  unknownCampaign,
  type StoredCampaign,
} from '../campaign/find-campaign';

/** What sharing from an order depends on: whether it still stands, and its group's state. */
export interface OrderFacts {
  product_id: string | null;
  refund_due: boolean;
  reported_at: Date;
  group_status: string | null;
}

/**
 * The caller's own reported order and its campaign, for what a buyer shares from it (a coupon
 * packet, a circle post). `lock` takes the order row's lock, which orders concurrent shares
 * of one order. NOT_FOUND when it is not theirs or not from a campaign.
 */
export async function findOwnCampaignOrder(
  tx: Sql,
  orderId: string,
  openid: string,
  options: { lock: boolean },
): Promise<{ order: OrderFacts; campaign: StoredCampaign }> {
  const [order] = await tx.query<OrderFacts & { campaign_id: string | null }>(
    `select o.campaign_id, o.product_id, o.refund_due, o.reported_at, g.status as group_status
       from shop_order o left join group_buy g on g.id = o.group_id
      where o.order_id = $1 and o.buyer_openid = $2
      ${options.lock ? 'for update of o' : ''}`,
    [orderId, openid],
  );
  if (!order) throw new AppError('NOT_FOUND', `no order "${orderId}" of yours`);
  if (!order.campaign_id) throw new AppError('NOT_FOUND', 'the order is not from a campaign');
  return { order, campaign: await findCampaign(tx, order.campaign_id) };
}

/**
 * Only a real purchase may be shared from, while its campaign takes new activity: an order
 * refunded, or whose group has not formed yet, is refused, and so is a paused or ended campaign.
 */
export function assertShareable(order: OrderFacts, campaign: StoredCampaign, now: Date): void {
  if (order.refund_due) throw new AppError('ORDER_REFUNDED', 'the order was refunded');
  if (order.group_status !== null && order.group_status !== 'completed') {
    throw new AppError('ORDER_PENDING', 'the order’s group has not formed yet');
  }
  const closed = newActivityRefusal(
    { status: campaign.status, window: campaignWindowOf(campaign.config) },
    now,
  );
  if (closed === 'NOT_FOUND') throw unknownCampaign(campaign.id);
  if (closed) throw new AppError(closed, CAMPAIGN_MESSAGES[closed]);
}

/**
 * The `from … where …` over the caller's (`$1`) orders that may still be shared from as a
 * packet or a circle post and have not been: the rule of assertShareable, for a list (a live
 * campaign with the feature, not refunded, its group formed). Aliases: o (the order), c (its
 * campaign).
 */
export function unsharedOrdersSql(shared: {
  table: 'packet' | 'circle_post';
  feature: 'packet' | 'circle';
}): string {
  return `from shop_order o
         join campaign c on c.id = o.campaign_id
         left join ${shared.table} s on s.order_id = o.order_id
         left join group_buy g on g.id = o.group_id
        where o.buyer_openid = $1 and s.id is null and not o.refund_due
          and c.status = 'live' and c.config ? '${shared.feature}'
          and (o.group_id is null or g.status = 'completed')`;
}
