import { notifyActions, notifyResults } from '../../contracts/notify';
import { recordSubscription } from '../../usecases/notify/record-subscription';
import {
  addEndpoint,
  listEndpoints,
  removeEndpoint,
  replayDelivery,
} from '../../usecases/notify/webhook-endpoints';
import { defineAction, defineFunction } from '../define-function';

export const notifyFunction = defineFunction('notify', {
  subscribe: defineAction({
    input: notifyActions.subscribe,
    output: notifyResults.subscribe,
    run: (input, { caller, deps }) =>
      recordSubscription(input, caller, deps, { templateId: deps.notify?.templateId ?? null }),
  }),
  addEndpoint: defineAction({
    input: notifyActions.addEndpoint,
    output: notifyResults.addEndpoint,
    role: 'merchant',
    run: (input, { deps }) => addEndpoint(input, deps),
  }),
  removeEndpoint: defineAction({
    input: notifyActions.removeEndpoint,
    output: notifyResults.removeEndpoint,
    role: 'merchant',
    run: (input, { deps }) => removeEndpoint(input, deps),
  }),
  endpoints: defineAction({
    input: notifyActions.endpoints,
    output: notifyResults.endpoints,
    role: 'merchant',
    run: async (input, { deps }) => ({ endpoints: await listEndpoints(deps.store, input) }),
  }),
  replay: defineAction({
    input: notifyActions.replay,
    output: notifyResults.replay,
    role: 'merchant',
    run: (input, { deps }) => replayDelivery(input, deps),
  }),
});
