import { AppError } from '../../contracts/errors';
import type { OrderReportResult, OrderView } from '../../contracts/order';
import type { Deps } from '../deps';
import type { Sql } from '../../store/store';
import { findCampaign } from '../campaign/find-campaign';
import { seeUser } from '../campaign/see-user';
import { redeemCouponIn } from '../coupon/redeem-coupon';
import { redeemFcodeIn } from '../fcode/redeem-fcode';
import { confirmSeat } from '../group/confirm-seat';
import { creditConversion } from '../invite/credit-conversion';
import { creditCouponUse } from '../invite/credit-coupon-use';

interface OrderRow {
  order_id: string;
  buyer_openid: string;
  amount_fen: number;
  campaign_id: string | null;
  product_id: string | null;
  product_ids: string[];
  discount_fen: number;
  coupon_id: string | null;
  group_id: string | null;
  refund_due: boolean;
  reported_at: Date;
}

const toView = (row: OrderRow): OrderView => ({
  orderId: row.order_id,
  amountFen: row.amount_fen,
  discountFen: row.discount_fen,
  paidFen: row.amount_fen - row.discount_fen,
  campaignId: row.campaign_id,
  productId: row.product_id,
  productIds: row.product_ids,
  couponId: row.coupon_id,
  groupId: row.group_id,
  groupOutcome: row.group_id === null ? null : row.refund_due ? 'refund_due' : 'seat',
  reportedAt: row.reported_at.toISOString(),
});

/**
 * The merchant's checkout reports an order (shoppers cannot report their own), once per order
 * id: a replay answers with the first report. In one transaction it redeems the coupon used —
 * under the coupon's own terms, through the same rule as `coupon.redeem`, so an order can never
 * carry a coupon it could not use — credits the buyer's sharer (held for the refund window) and
 * makes the buyer a verified buyer. `amountFen` is before the coupon; the order records what
 * the coupon took off and so what was paid.
 */
export async function reportOrder(
  input: {
    orderId: string;
    buyerOpenid: string;
    amountFen: number;
    campaignId?: string;
    productId?: string;
    productIds?: string[];
    couponId?: string;
    groupId?: string;
    fcode?: string;
  },
  { store, clock }: Deps,
): Promise<OrderReportResult> {
  const now = clock();
  const productIds = orderProductIds(input);
  return store.transaction(async (tx) => {
    const reported = await findOrder(tx, input.orderId);
    if (reported) return { order: toView(sameBuyer(reported, input)), replayed: true };
    const campaignId = await orderCampaignId(tx, input);
    const campaign = campaignId ? await findCampaign(tx, campaignId) : null;
    // Before the order row (its coupon_id references the coupon): refused terms leave no order.
    const redemption = input.couponId
      ? await redeemCouponIn(
          tx,
          {
            couponId: input.couponId,
            orderId: input.orderId,
            buyerOpenid: input.buyerOpenid,
            amountFen: input.amountFen,
            productIds,
          },
          now,
        )
      : null;
    const [created] = await tx.query<OrderRow>(
      `insert into shop_order (order_id, buyer_openid, amount_fen, campaign_id, product_id,
         product_ids, discount_fen, coupon_id, group_id, reported_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       on conflict (order_id) do nothing
       returning *`,
      [
        input.orderId,
        input.buyerOpenid,
        input.amountFen,
        campaign?.id ?? null,
        productIds[0] ?? null,
        productIds,
        redemption?.discountFen ?? 0,
        input.couponId ?? null,
        input.groupId ?? null,
        now,
      ],
    );
    if (!created) return { order: toView(await existingOrder(tx, input)), replayed: true };

    if (input.couponId) {
      // A coupon a friend shared (a packet, a circle post) credits the person who shared it.
      await creditCouponUse(tx, { couponId: input.couponId, orderId: input.orderId }, now);
    }
    if (input.fcode) {
      await redeemFcodeIn(
        tx,
        {
          code: input.fcode,
          buyerOpenid: input.buyerOpenid,
          campaignId: campaign?.id ?? '',
          productIds,
          orderId: input.orderId,
        },
        now,
      );
    }
    if (input.groupId) {
      const outcome = await confirmSeat(
        tx,
        { groupId: input.groupId, buyerOpenid: input.buyerOpenid, orderId: input.orderId },
        now,
      );
      created.refund_due = outcome === 'refund_due';
    }
    if (campaign) await seeUser(tx, input.buyerOpenid, campaign.id, now);
    // A payment its group could not take is refunded: it is not a purchase to credit.
    if (campaign && !created.refund_due) {
      await creditConversion(tx, {
        campaign: campaign.config,
        inviteeOpenid: input.buyerOpenid,
        stage: 'ordered',
        refId: input.orderId,
        clientIp: null,
        now,
      });
    }
    return { order: toView(created), replayed: false };
  });
}

/** The order's campaign: the one reported, which must be its group's when it pays a seat. */
async function orderCampaignId(
  sql: Sql,
  input: { campaignId?: string; groupId?: string },
): Promise<string | undefined> {
  if (!input.groupId) return input.campaignId;
  const [group] = await sql.query<{ campaign_id: string }>(
    'select campaign_id from group_buy where id = $1',
    [input.groupId],
  );
  if (!group) throw new AppError('NOT_FOUND', `no group "${input.groupId}"`);
  if (input.campaignId && input.campaignId !== group.campaign_id) {
    throw new AppError(
      'INVALID_INPUT',
      `group ${input.groupId} is not in campaign ${input.campaignId}`,
    );
  }
  return group.campaign_id;
}

/** `productIds`, with `productId` folded in: the products a coupon may be bound to. */
function orderProductIds(input: { productId?: string; productIds?: string[] }): string[] {
  const ids = [...(input.productId ? [input.productId] : []), ...(input.productIds ?? [])];
  return [...new Set(ids)];
}

async function findOrder(sql: Sql, orderId: string): Promise<OrderRow | undefined> {
  const [row] = await sql.query<OrderRow>('select * from shop_order where order_id = $1', [
    orderId,
  ]);
  return row;
}

async function existingOrder(
  sql: Sql,
  input: { orderId: string; buyerOpenid: string },
): Promise<OrderRow> {
  const row = await findOrder(sql, input.orderId);
  if (!row) throw new Error(`order ${input.orderId} conflicted but cannot be read`);
  return sameBuyer(row, input);
}

function sameBuyer(row: OrderRow, input: { orderId: string; buyerOpenid: string }): OrderRow {
  if (row.buyer_openid !== input.buyerOpenid) {
    throw new AppError(
      'INVALID_INPUT',
      `order ${input.orderId} was already reported for another buyer`,
    );
  }
  return row;
}
