import type { PacketView } from '../../../cloudfunctions/contracts/packet';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import { getPacket } from '../../services/packet';
import { withShareToken } from '../../utils/share-path';

export const PACKET_PAGE = '/pages/packet/index';

export function packetUrl(packetId: string): string {
  return `${PACKET_PAGE}?packetId=${encodeURIComponent(packetId)}`;
}

/** A share card opens this packet with the sharer's token, so a friend's claim is credited. */
export function packetSharePath(packetId: string, token: string | null): string {
  return withShareToken(packetUrl(packetId), token);
}

export async function loadPacket(
  packetId: string | undefined,
): Promise<FunctionResult<PacketView>> {
  if (!packetId) return { ok: false, error: { code: 'NOT_FOUND', message: 'no packetId' } };
  const result = await getPacket(packetId);
  return result.ok ? { ok: true, data: result.data.packet } : result;
}
