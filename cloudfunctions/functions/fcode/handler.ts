import { fcodeActions, fcodeResults } from '../../contracts/fcode';
import { acceptFcode } from '../../usecases/fcode/accept-fcode';
import { fcodePoster } from '../../usecases/fcode/fcode-poster';
import { fcodeStats } from '../../usecases/fcode/fcode-stats';
import { getFcode, lookupFcode } from '../../usecases/fcode/get-fcode';
import { joinWaitlist } from '../../usecases/fcode/join-waitlist';
import { quoteFcode } from '../../usecases/fcode/redeem-fcode';
import { seedHolders } from '../../usecases/fcode/seed-holders';
import { defineAction, defineFunction } from '../define-function';

export const fcodeFunction = defineFunction('fcode', {
  get: defineAction({
    input: fcodeActions.get,
    output: fcodeResults.get,
    run: (input, { caller, deps }) => getFcode(input, caller, deps),
  }),
  lookup: defineAction({
    input: fcodeActions.lookup,
    output: fcodeResults.lookup,
    run: (input, { caller, deps }) => lookupFcode(input, caller, deps),
  }),
  accept: defineAction({
    input: fcodeActions.accept,
    output: fcodeResults.accept,
    run: (input, { caller, deps }) => acceptFcode(input, caller, deps),
  }),
  join: defineAction({
    input: fcodeActions.join,
    output: fcodeResults.join,
    run: (input, { caller, deps }) => joinWaitlist(input, caller, deps),
  }),
  poster: defineAction({
    input: fcodeActions.poster,
    output: fcodeResults.poster,
    run: (input, { caller, deps }) => fcodePoster(input, caller, deps),
  }),
  seed: defineAction({
    input: fcodeActions.seed,
    output: fcodeResults.seed,
    role: 'merchant',
    run: (input, { deps }) => seedHolders(input, deps),
  }),
  quote: defineAction({
    input: fcodeActions.quote,
    output: fcodeResults.quote,
    role: 'merchant',
    run: (input, { deps }) => quoteFcode(input, deps),
  }),
  stats: defineAction({
    input: fcodeActions.stats,
    output: fcodeResults.stats,
    role: 'merchant',
    run: (input, { deps }) => fcodeStats(input, deps),
  }),
});
