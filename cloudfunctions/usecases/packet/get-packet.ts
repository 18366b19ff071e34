import { AppError } from '../../contracts/errors';
import type { PacketGetResult, PacketMineResult } from '../../contracts/packet';
import type { Caller, Deps } from '../deps';
import { PACKET_COLUMNS, type PacketRow } from './packet-row';
import { packetView } from './packet-view';
import { unsharedOrdersSql } from '../order/shareable-order';

export async function getPacket(
  input: { packetId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<PacketGetResult> {
  const now = clock();
  const [row] = await store.query<PacketRow>(`select ${PACKET_COLUMNS} from packet where id = $1`, [
    input.packetId,
  ]);
  if (!row) throw new AppError('NOT_FOUND', `no packet "${input.packetId}"`);
  return { packet: await packetView(store, row, caller, now) };
}

const MINE_LIMIT = 50;
const SHAREABLE_LIMIT = 20;

/**
 * The caller's packets (newest first), and their orders that may still open one: reported in a
 * running campaign with packets, not refunded, and if they paid a group seat, the group formed.
 */
export async function listMyPackets(
  _input: Record<string, never>,
  caller: Caller,
  { store, clock }: Deps,
): Promise<PacketMineResult> {
  const now = clock();
  const [rows, shareable] = await Promise.all([
    store.query<PacketRow>(
      `select ${PACKET_COLUMNS} from packet where sharer_openid = $1
        order by created_at desc limit ${MINE_LIMIT}`,
      [caller.openid],
    ),
    store.query<{ order_id: string; campaign_id: string; title: string; paid_fen: number }>(
      `select o.order_id, o.campaign_id, c.config->>'title' as title,
              o.amount_fen - o.discount_fen as paid_fen
       ${unsharedOrdersSql({ table: 'packet', feature: 'packet' })}
        order by o.reported_at desc limit ${SHAREABLE_LIMIT}`,
      [caller.openid],
    ),
  ]);
  return {
    packets: await Promise.all(rows.map((row) => packetView(store, row, caller, now))),
    shareable: shareable.map((o) => ({
      orderId: o.order_id,
      campaignId: o.campaign_id,
      campaignTitle: o.title,
      paidFen: o.paid_fen,
    })),
  };
}
