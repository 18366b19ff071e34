import { packetActions, packetResults } from '../../contracts/packet';
import { claimPacket } from '../../usecases/packet/claim-packet';
import { getPacket, listMyPackets } from '../../usecases/packet/get-packet';
import { sharePacket } from '../../usecases/packet/share-packet';
import { defineAction, defineFunction } from '../define-function';

export const packetFunction = defineFunction('packet', {
  share: defineAction({
    input: packetActions.share,
    output: packetResults.share,
    run: (input, { caller, deps }) => sharePacket(input, caller, deps),
  }),
  get: defineAction({
    input: packetActions.get,
    output: packetResults.get,
    run: (input, { caller, deps }) => getPacket(input, caller, deps),
  }),
  claim: defineAction({
    input: packetActions.claim,
    output: packetResults.claim,
    run: (input, { caller, deps }) => claimPacket(input, caller, deps),
  }),
  mine: defineAction({
    input: packetActions.mine,
    output: packetResults.mine,
    run: (input, { caller, deps }) => listMyPackets(input, caller, deps),
  }),
});
