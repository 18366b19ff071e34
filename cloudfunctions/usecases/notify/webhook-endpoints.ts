import { randomBytes } from 'node:crypto';
import type { DeliveryView, EndpointView } from '../../contracts/notify';
import { AppError } from '../../contracts/errors';
import { newId } from '../../domain/shared/ids';
import type { Deps } from '../deps';
import type { Sql } from '../../store/store';
import { eventIdOf } from './dispatch-outbox';

interface DeliveryRow {
  id: number;
  event_id: number;
  event_type: string;
  channel: 'subscribe' | 'webhook';
  status: 'pending' | 'sent' | 'failed' | 'skipped';
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  next_attempt_at: Date;
  created_at: Date;
  finished_at: Date | null;
  replays: number;
}

const DELIVERY_COLUMNS = `d.id::int as id, d.event_id::int as event_id, o.event_type, d.channel,
  d.status, d.attempts, d.last_status, d.last_error, d.next_attempt_at, d.created_at,
  d.finished_at, d.replays`;

export function deliveryViewOf(d: DeliveryRow): DeliveryView {
  return {
    id: d.id,
    eventId: eventIdOf(d.event_id),
    eventType: d.event_type,
    channel: d.channel,
    status: d.status,
    attempts: d.attempts,
    lastStatus: d.last_status,
    lastError: d.last_error,
    nextAttemptAt: d.status === 'pending' ? d.next_attempt_at.toISOString() : null,
    createdAt: d.created_at.toISOString(),
    finishedAt: d.finished_at?.toISOString() ?? null,
    replays: d.replays,
  };
}

/** A secret in the Standard Webhooks form: `whsec_` and 24 random bytes in base64. */
export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('base64')}`;
}

export async function addEndpoint(
  input: { url: string; eventTypes: string[]; secret?: string },
  { store, clock }: Deps,
): Promise<{ endpoint: EndpointView; secret: string }> {
  const id = newId('whk');
  const secret = input.secret ?? newWebhookSecret();
  await store.query(
    `insert into webhook_endpoint (id, url, event_types, secret, created_at)
     values ($1, $2, $3, $4, $5)`,
    [id, input.url, [...new Set(input.eventTypes)].sort(), secret, clock()],
  );
  const [endpoint] = await listEndpoints(store, { limit: 1, id });
  return { endpoint: endpoint!, secret };
}

export async function removeEndpoint(
  input: { endpointId: string },
  { store, clock }: Deps,
): Promise<{ removed: boolean }> {
  const rows = await store.query(
    `update webhook_endpoint set removed_at = $2 where id = $1 and removed_at is null
     returning id`,
    [input.endpointId, clock()],
  );
  if (rows.length === 0) {
    const known = await store.query(`select 1 from webhook_endpoint where id = $1`, [
      input.endpointId,
    ]);
    if (known.length === 0) throw new AppError('NOT_FOUND', `no endpoint "${input.endpointId}"`);
  }
  // What was still to be sent to it is not: a removed endpoint is not retried.
  await store.query(
    `update delivery set status = 'skipped', last_error = 'endpoint removed', finished_at = $2
      where endpoint_id = $1 and status = 'pending'`,
    [input.endpointId, clock()],
  );
  return { removed: rows.length > 0 };
}

/** Active endpoints, each with its counts and its latest deliveries. */
export async function listEndpoints(
  sql: Sql,
  { limit, id }: { limit: number; id?: string },
): Promise<EndpointView[]> {
  const endpoints = await sql.query<{
    id: string;
    url: string;
    event_types: string[];
    created_at: Date;
    pending: number;
    sent: number;
    failed: number;
  }>(
    `select ep.id, ep.url, ep.event_types, ep.created_at,
            count(*) filter (where d.status = 'pending')::int as pending,
            count(*) filter (where d.status = 'sent')::int as sent,
            count(*) filter (where d.status = 'failed')::int as failed
       from webhook_endpoint ep left join delivery d on d.endpoint_id = ep.id
      where ep.removed_at is null and ($1::text is null or ep.id = $1)
      group by ep.id order by ep.created_at`,
    [id ?? null],
  );
  const deliveries = await sql.query<DeliveryRow & { endpoint_id: string }>(
    `select * from (
       select ${DELIVERY_COLUMNS}, d.endpoint_id,
              row_number() over (partition by d.endpoint_id order by d.id desc) as n
         from delivery d join outbox o on o.id = d.event_id
        where d.endpoint_id = any($1::text[])) recent
      where n <= $2 order by id desc`,
    [endpoints.map((e) => e.id), limit],
  );
  return endpoints.map((e) => ({
    id: e.id,
    url: e.url,
    eventTypes: e.event_types,
    createdAt: e.created_at.toISOString(),
    counts: { pending: e.pending, sent: e.sent, failed: e.failed },
    deliveries: deliveries.filter((d) => d.endpoint_id === e.id).map(deliveryViewOf),
  }));
}

/**
 * Sends one delivery again, with the same event id, now and with a fresh retry horizon: for
 * a receiver that lost what it was sent, or one that failed until the horizon passed.
 */
export async function replayDelivery(
  input: { deliveryId: number },
  { store, clock }: Deps,
): Promise<{ delivery: DeliveryView }> {
  const now = clock();
  const [row] = await store.query<DeliveryRow>(
    `with replayed as (
       update delivery
          set status = 'pending', next_attempt_at = $2, replayed_at = $2, replays = replays + 1,
              leased_until = null, lease_token = null, finished_at = null
        where id = $1 and channel = 'webhook' and status <> 'pending'
          and endpoint_id in (select id from webhook_endpoint where removed_at is null)
        returning *
     )
     select ${DELIVERY_COLUMNS} from replayed d join outbox o on o.id = d.event_id`,
    [input.deliveryId, now],
  );
  if (row) return { delivery: deliveryViewOf(row) };
  const [current] = await store.query<DeliveryRow & { removed: boolean }>(
    `select ${DELIVERY_COLUMNS}, ep.removed_at is not null as removed
       from delivery d join outbox o on o.id = d.event_id
       left join webhook_endpoint ep on ep.id = d.endpoint_id
      where d.id = $1`,
    [input.deliveryId],
  );
  if (!current || current.channel !== 'webhook')
    throw new AppError('NOT_FOUND', `no webhook delivery ${input.deliveryId}`);
  if (current.removed)
    throw new AppError('INVALID_INPUT', `delivery ${input.deliveryId}'s endpoint was removed`);
  // Already waiting to be sent: a replay would only send it twice.
  return { delivery: deliveryViewOf(current) };
}
