import { eventPayloads, isEventType } from '../../contracts/events';
import { tellingOf } from '../../domain/notify/event-telling';
import type { Store } from '../../store/store';
import type { NotifySettings } from './notify-settings';

interface EventRow {
  id: number;
  event_type: string;
  recipient_openid: string | null;
  payload: Record<string, unknown>;
  target: string | null;
  created_at: Date;
}

/** Who a subscribe message for this event would reach: the row's recipient and the payload's. */
export function peopleToTell(event: EventRow): string[] {
  const people = new Set<string>();
  if (event.recipient_openid) people.add(event.recipient_openid);
  if (isEventType(event.event_type)) {
    const telling = tellingOf(event.event_type);
    const parsed = eventPayloads[event.event_type].safeParse(event.payload);
    // A payload that does not parse is a bug upstream; its row's recipient is still told.
    if (telling && parsed.success)
      for (const p of telling.recipients(parsed.data as never)) people.add(p);
  }
  return [...people];
}

/**
 * Turns new outbox events into deliveries, in one transaction per batch: a webhook delivery
 * for each endpoint that wants the type, and a subscribe delivery for each person told who
 * holds an unspent grant for the event's target (nobody else can be sent one). An event that
 * may be bettered on its target waits `holdMs` first. Several dispatchers at once each take
 * other events (SKIP LOCKED), and a delivery exists once per event and destination.
 */
export async function fanOutEvents(
  store: Store,
  settings: NotifySettings,
  now: Date,
): Promise<number> {
  return store.transaction(async (tx) => {
    const events = await tx.query<EventRow>(
      `select id::int as id, event_type, recipient_openid, payload, target, created_at
         from outbox where fanned_out_at is null
        order by id limit $1 for update skip locked`,
      [settings.batch],
    );
    if (events.length === 0) return 0;
    const endpoints = await tx.query<{ id: string; event_types: string[] }>(
      `select id, event_types from webhook_endpoint where removed_at is null`,
    );
    const rows: {
      event: number;
      channel: string;
      endpoint: string | null;
      person: string | null;
      target: string | null;
      due: Date;
    }[] = [];
    for (const e of events) {
      for (const ep of endpoints)
        if (ep.event_types.length === 0 || ep.event_types.includes(e.event_type))
          rows.push({
            event: e.id,
            channel: 'webhook',
            endpoint: ep.id,
            person: null,
            target: null,
            due: e.created_at,
          });
      const telling = isEventType(e.event_type) ? tellingOf(e.event_type) : null;
      if (!telling || !e.target || !settings.templateId) continue;
      const due = telling.final ? e.created_at : new Date(e.created_at.getTime() + settings.holdMs);
      for (const person of peopleToTell(e))
        rows.push({
          event: e.id,
          channel: 'subscribe',
          endpoint: null,
          person,
          target: e.target,
          due,
        });
    }
    if (rows.length > 0)
      await tx.query(
        `insert into delivery (event_id, channel, endpoint_id, recipient_openid, next_attempt_at,
                               created_at)
         select x.event, x.channel, x.endpoint, x.person, x.due, $7
           from unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[],
                       $6::timestamptz[]) as x(event, channel, endpoint, person, target, due)
          where x.channel = 'webhook'
             or exists (select 1 from subscription s
                         where s.openid = x.person and s.target = x.target and s.spent_at is null)
         on conflict do nothing`,
        [
          rows.map((r) => r.event),
          rows.map((r) => r.channel),
          rows.map((r) => r.endpoint),
          rows.map((r) => r.person),
          rows.map((r) => r.target),
          rows.map((r) => r.due),
          now,
        ],
      );
    await tx.query(`update outbox set fanned_out_at = $2 where id = any($1::bigint[])`, [
      events.map((e) => e.id),
      now,
    ]);
    return events.length;
  });
}
