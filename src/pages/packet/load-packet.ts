import type { PacketView } from '../../../cloudfunctions/contracts/packet';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import { getPacket } from '../../services/packet';

export async function loadPacket(
  packetId: string | undefined,
): Promise<FunctionResult<PacketView>> {
  if (!packetId) return { ok: false, error: { code: 'NOT_FOUND', message: 'no packetId' } };
  const result = await getPacket(packetId);
  return result.ok ? { ok: true, data: result.data.packet } : result;
}
