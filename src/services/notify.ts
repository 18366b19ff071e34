import type { DeliveryView, EndpointView } from '../../cloudfunctions/contracts/notify';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { call } from './call-function';

/** Merchant only: the webhook endpoints with their latest deliveries. */
export const webhookEndpoints = (
  limit = 5,
): Promise<FunctionResult<{ endpoints: EndpointView[] }>> => call('notify', 'endpoints', { limit });

/** Merchant only: one delivery sent again now, with the same event id. */
export const replayDelivery = (
  deliveryId: number,
): Promise<FunctionResult<{ delivery: DeliveryView }>> => call('notify', 'replay', { deliveryId });
