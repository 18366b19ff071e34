import { AppError } from '../../contracts/errors';
import type { OrderReportResult, OrderView } from '../../contracts/order';
import type { Deps } from '../../functions/caller';
import type { Sql } from '../../store/store';
import { findCampaign } from '../campaign/find-campaign';
import { seeUser } from '../campaign/see-user';
import { redeemCouponIn } from '../coupon/redeem-coupon';
import { redeemFcodeIn } from '../fcode/redeem-fcode';
import { confirmSeat } from '../group/confirm-seat';
import { creditConversion } from '../invite/credit-conversion';
import { creditPacketUse } from '../packet/credit-packet-use';

interface OrderRow {
  order_id: string;
  buyer_openid: string;
  amount_fen: number;
  campaign_id: string | null;
  product_id: string | null;
  coupon_id: string | null;
  group_id: string | null;
  refund_due: boolean;
  reported_at: Date;
}

const toView = (row: OrderRow): OrderView => ({
  orderId: row.order_id,
  amountFen: row.amount_fen,
  campaignId: row.campaign_id,
  productId: row.product_id,
  couponId: row.coupon_id,
  groupId: row.group_id,
  groupOutcome: row.group_id === null ? null : row.refund_due ? 'refund_due' : 'seat',
  reportedAt: row.reported_at.toISOString(),
});

/**
 * The merchant's checkout reports an order (shoppers cannot report their own), once per order
 * id: a replay answers with the first report. In one transaction it redeems the coupon used,
 * credits the buyer's sharer (held for the refund window) and makes the buyer a verified buyer.
 */
export async function reportOrder(
  input: {
    orderId: string;
    buyerOpenid: string;
    amountFen: number;
    campaignId?: string;
    productId?: string;
    couponId?: string;
    groupId?: string;
    fcode?: string;
  },
  { store, clock }: Deps,
): Promise<OrderReportResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const campaignId = await orderCampaignId(tx, input);
    const campaign = campaignId ? await findCampaign(tx, campaignId) : null;
    // Before the order row: its coupon_id must name a coupon of this buyer.
    if (input.couponId) {
      const owned = await tx.query('select 1 from coupon where id = $1 and owner_openid = $2', [
        input.couponId,
        input.buyerOpenid,
      ]);
      if (owned.length === 0) throw new AppError('NOT_FOUND', 'no such coupon of the buyer');
    }
    const [created] = await tx.query<OrderRow>(
      `insert into shop_order (order_id, buyer_openid, amount_fen, campaign_id, product_id, coupon_id,
         group_id, reported_at)
       values ($1, $2, $3, $4, $5, $6, $7, $8)
       on conflict (order_id) do nothing
       returning *`,
      [
        input.orderId,
        input.buyerOpenid,
        input.amountFen,
        campaign?.id ?? null,
        input.productId ?? null,
        input.couponId ?? null,
        input.groupId ?? null,
        now,
      ],
    );
    if (!created) return { order: toView(await existingOrder(tx, input)), replayed: true };

    if (input.couponId) {
      await redeemCouponIn(tx, { couponId: input.couponId, orderId: input.orderId }, now);
      await creditPacketUse(tx, { couponId: input.couponId, orderId: input.orderId }, now);
    }
    if (input.fcode) {
      await redeemFcodeIn(
        tx,
        {
          code: input.fcode,
          buyerOpenid: input.buyerOpenid,
          campaignId: campaign?.id ?? '',
          productId: input.productId,
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

async function existingOrder(
  sql: Sql,
  input: { orderId: string; buyerOpenid: string },
): Promise<OrderRow> {
  const [row] = await sql.query<OrderRow>('select * from shop_order where order_id = $1', [
    input.orderId,
  ]);
  if (!row) throw new Error(`order ${input.orderId} conflicted but cannot be read`);
  if (row.buyer_openid !== input.buyerOpenid) {
    throw new AppError(
      'INVALID_INPUT',
      `order ${input.orderId} was already reported for another buyer`,
    );
  }
  return row;
}
