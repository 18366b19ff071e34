import { packetContract } from '../../contracts/packet';
import { claimPacket } from '../../usecases/packet/claim-packet';
import { getPacket, listMyPackets } from '../../usecases/packet/get-packet';
import { sharePacket } from '../../usecases/packet/share-packet';
import { defineFunction } from '../define-function';

export const packetFunction = defineFunction(packetContract, {
  share: (input, { caller, deps }) => sharePacket(input, caller, deps),
  get: (input, { caller, deps }) => getPacket(input, caller, deps),
  claim: (input, { caller, deps }) => claimPacket(input, caller, deps),
  mine: (input, { caller, deps }) => listMyPackets(input, caller, deps),
});
