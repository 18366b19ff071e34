import { fcodeContract } from '../../contracts/fcode';
import { acceptFcode } from '../../usecases/fcode/accept-fcode';
import { fcodePoster } from '../../usecases/fcode/fcode-poster';
import { fcodeStats } from '../../usecases/fcode/fcode-stats';
import { getFcode, lookupFcode } from '../../usecases/fcode/get-fcode';
import { joinWaitlist } from '../../usecases/fcode/join-waitlist';
import { quoteFcode } from '../../usecases/fcode/redeem-fcode';
import { seedHolders } from '../../usecases/fcode/seed-holders';
import { defineFunction } from '../define-function';

export const fcodeFunction = defineFunction(fcodeContract, {
  get: (input, { caller, deps }) => getFcode(input, caller, deps),
  lookup: (input, { caller, deps }) => lookupFcode(input, caller, deps),
  accept: (input, { caller, deps }) => acceptFcode(input, caller, deps),
  join: (input, { caller, deps }) => joinWaitlist(input, caller, deps),
  poster: (input, { caller, deps }) => fcodePoster(input, caller, deps),
  seed: (input, { deps }) => seedHolders(input, deps),
  quote: (input, { deps }) => quoteFcode(input, deps),
  stats: (input, { deps }) => fcodeStats(input, deps),
});
