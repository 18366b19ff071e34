import { AppError } from '../../contracts/errors';
import type { PacketShareResult } from '../../contracts/packet';
import { packetAmounts } from '../../domain/packet/packet-amounts';
import { newId } from '../../domain/shared/ids';
import type { Caller, Deps } from '../deps';
import { packetTemplateId } from '../../contracts/campaign-config';
import { assertShareable, findOwnCampaignOrder } from '../order/shareable-order';
import { PACKET_COLUMNS, type PacketRow } from './packet-row';
import { packetView } from './packet-view';

const HOUR_MS = 3_600_000;

/**
 * Opens the packet for the caller's reported order, or hands back the one already opened (one
 * packet per order, by a unique key). Only a real purchase may share: an order that was
 * refunded, or whose group has not formed yet, is refused. The amounts are drawn now and
 * stored, so the packet never gives out more than it holds.
 */
export async function sharePacket(
  input: { orderId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<PacketShareResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const { order, campaign } = await findOwnCampaignOrder(tx, input.orderId, caller.openid, {
      lock: false,
    });
    const settings = campaign.config.packet;
    if (!settings) throw new AppError('NOT_FOUND', `campaign "${campaign.id}" has no packets`);

    const [existing] = await tx.query<PacketRow>(
      `select ${PACKET_COLUMNS} from packet where order_id = $1`,
      [input.orderId],
    );
    if (existing) return { packet: await packetView(tx, existing, caller, now), created: false };

    assertShareable(order, campaign, now);

    const id = newId('pkt');
    const amounts = packetAmounts(settings.amounts, id);
    const [created] = await tx.query<PacketRow>(
      `insert into packet (id, campaign_id, order_id, sharer_openid, template_id, settings, slots,
         claimed, created_at, ends_at)
       values ($1, $2, $3, $4, $5, $6, $7, 0, $8, $9)
       on conflict (order_id) do nothing
       returning ${PACKET_COLUMNS}`,
      [
        id,
        campaign.id,
        input.orderId,
        caller.openid,
        packetTemplateId(campaign.id),
        JSON.stringify(settings),
        amounts.length,
        now,
        new Date(now.getTime() + settings.openHours * HOUR_MS),
      ],
    );
    if (!created) {
      const [winner] = await tx.query<PacketRow>(
        `select ${PACKET_COLUMNS} from packet where order_id = $1`,
        [input.orderId],
      );
      if (!winner) throw new Error('packet insert conflicted but no packet was found');
      return { packet: await packetView(tx, winner, caller, now), created: false };
    }
    await tx.query(
      `insert into packet_slot (packet_id, seq, value_fen)
       select $1, ordinality, value from unnest($2::int[]) with ordinality as a(value, ordinality)`,
      [created.id, amounts],
    );
    return { packet: await packetView(tx, created, caller, now), created: true };
  });
}
