import { eventPayloads, isEventType } from '../../cloudfunctions/contracts/events';
import type { Sql } from '../../cloudfunctions/store/store';

/** An outbox row as the dispatcher reads it. */
export interface RecordedEvent {
  id: number;
  event_type: string;
  recipient_openid: string | null;
  payload: Record<string, unknown>;
  idempotency_key: string;
  campaign_id: string | null;
  target: string | null;
}

/** The events recorded for one campaign, oldest first; of one type when given. */
export async function eventsOf(
  sql: Sql,
  campaignId: string,
  eventType?: string,
): Promise<RecordedEvent[]> {
  return sql.query<RecordedEvent>(
    `select id::int as id, event_type, recipient_openid, payload, idempotency_key, campaign_id, target
       from outbox where campaign_id = $1 and ($2::text is null or event_type = $2)
      order by id`,
    [campaignId, eventType ?? null],
  );
}

/** Throws unless the row's payload parses with its type's strict schema. */
export function parsedPayload(row: RecordedEvent): Record<string, unknown> {
  if (!isEventType(row.event_type)) throw new Error(`unknown event type ${row.event_type}`);
  return eventPayloads[row.event_type].parse(row.payload) as Record<string, unknown>;
}
