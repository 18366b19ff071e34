import { notifyContract } from '../../contracts/notify';
import { recordSubscription } from '../../usecases/notify/record-subscription';
import {
  addEndpoint,
  listEndpoints,
  removeEndpoint,
  replayDelivery,
} from '../../usecases/notify/webhook-endpoints';
import { defineFunction } from '../define-function';

export const notifyFunction = defineFunction(notifyContract, {
  subscribe: (input, { caller, deps }) =>
    recordSubscription(input, caller, deps, { templateId: deps.notify?.templateId ?? null }),
  addEndpoint: (input, { deps }) => addEndpoint(input, deps),
  removeEndpoint: (input, { deps }) => removeEndpoint(input, deps),
  endpoints: async (input, { deps }) => ({ endpoints: await listEndpoints(deps.store, input) }),
  replay: (input, { deps }) => replayDelivery(input, deps),
});
