// `npm run webhooks -- <command>`: the merchant's webhook endpoints on the running local host.
//   add <url> [--events a,b] [--secret whsec_…]   add an endpoint (all event types unless
//                                  --events); prints the signing secret once
//   list                           endpoints with their latest deliveries (status, attempts,
//                                  last answer, next try)
//   remove <endpointId>            stop sending to it (what was still to be sent is dropped)
//   replay <deliveryId>            send one delivery again, same event id, fresh retry horizon
//   types                          the event types there are
// The host is FISSION_HOST (default http://127.0.0.1:$PORT, port 10086); the merchant persona
// is FISSION_MERCHANT (default "merchant").
import { EVENT_TYPES } from '../../cloudfunctions/contracts/events';
import type { DeliveryView, EndpointView } from '../../cloudfunctions/contracts/notify';
import { callAsMerchant, NoHostError } from './host-call';
import { renderEndpoints } from './render-webhooks';

const USAGE =
  'usage: npm run webhooks -- add <url> [--events a,b] [--secret whsec_…] | list | remove <endpointId> | replay <deliveryId> | types';

function option(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(argv: string[]): Promise<number> {
  const [command, arg] = argv;
  const fail = (error?: { code: string; message: string }) => {
    console.error(
      `✖ ${error?.message ?? 'the host gave no answer'} (${error?.code ?? 'INTERNAL'})`,
    );
    return 1;
  };
  switch (command) {
    case 'add': {
      if (!arg) break;
      const events = option(argv, '--events');
      const result = await callAsMerchant<{ endpoint: EndpointView; secret: string }>('notify', {
        action: 'addEndpoint',
        url: arg,
        eventTypes: events
          ? events
              .split(',')
              .map((s) => s.trim())
              .filter(Boolean)
          : [],
        ...(option(argv, '--secret') ? { secret: option(argv, '--secret') } : {}),
      });
      if (!result.ok || !result.data) return fail(result.error);
      const { endpoint, secret } = result.data;
      console.log(`✔ endpoint ${endpoint.id} → ${endpoint.url}`);
      console.log(
        `  events: ${endpoint.eventTypes.length ? endpoint.eventTypes.join(', ') : 'all'}`,
      );
      console.log(`  signing secret (shown once; keep it with the receiver): ${secret}`);
      return 0;
    }
    case 'list': {
      const result = await callAsMerchant<{ endpoints: EndpointView[] }>('notify', {
        action: 'endpoints',
      });
      if (!result.ok || !result.data) return fail(result.error);
      console.log(renderEndpoints(result.data.endpoints));
      return 0;
    }
    case 'remove': {
      if (!arg) break;
      const result = await callAsMerchant<{ removed: boolean }>('notify', {
        action: 'removeEndpoint',
        endpointId: arg,
      });
      if (!result.ok || !result.data) return fail(result.error);
      console.log(result.data.removed ? `✔ ${arg} removed` : `${arg} was already removed`);
      return 0;
    }
    case 'replay': {
      const deliveryId = Number(arg);
      if (!Number.isInteger(deliveryId) || deliveryId < 1) break;
      const result = await callAsMerchant<{ delivery: DeliveryView }>('notify', {
        action: 'replay',
        deliveryId,
      });
      if (!result.ok || !result.data) return fail(result.error);
      console.log(
        `✔ delivery ${deliveryId} (${result.data.delivery.eventId}) will be sent again now`,
      );
      return 0;
    }
    case 'types':
      console.log(EVENT_TYPES.join('\n'));
      return 0;
    default:
      break;
  }
  console.error(USAGE);
  return 2;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof NoHostError ? `✖ ${error.message}` : error);
    process.exit(1);
  },
);
