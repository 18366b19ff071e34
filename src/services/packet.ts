import type {
  PacketClaimResult,
  PacketGetResult,
  PacketMineResult,
  PacketShareResult,
} from '../../cloudfunctions/contracts/packet';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { call } from './call-function';

/** Opens the packet for the buyer's reported order, or hands back the one already opened. */
export const sharePacket = (orderId: string): Promise<FunctionResult<PacketShareResult>> =>
  call('packet', 'share', { orderId });

export const getPacket = (packetId: string): Promise<FunctionResult<PacketGetResult>> =>
  call('packet', 'get', { packetId });

/** A retried claim answers with the first coupon (`replayed`), never a second one. */
export const claimPacket = (packetId: string): Promise<FunctionResult<PacketClaimResult>> =>
  call('packet', 'claim', { packetId });

export const myPackets = (): Promise<FunctionResult<PacketMineResult>> =>
  call('packet', 'mine', {});
