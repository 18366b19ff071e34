import type { EventPayload, EventType } from '../../contracts/events';
import type { Sql } from '../../store/store';

export interface OutboxMessageInput<T extends EventType = EventType> {
  eventType: T;
  /** Whom a subscribe message would tell; null for events only webhooks hear. */
  recipientOpenid: string | null;
  payload: EventPayload<T>;
  campaignId: string;
  /** What a shopper subscribes to for it, e.g. `bargain:<id>` (see subscription-target.ts). */
  target: string | null;
  /** One message per cause: a replayed cause finds its row and writes nothing. */
  idempotencyKey: string;
  now: Date;
}

/**
 * Records a message to be told, inside the transaction of its cause, so the message exists
 * exactly when the cause committed. Delivery (WeChat subscribe messages) is a dispatcher's
 * job (usecases/notify); the local host lists the rows at GET /dev/outbox. Returns whether a
 * row was written.
 */
export async function recordOutbox<T extends EventType>(
  tx: Sql,
  m: OutboxMessageInput<T>,
): Promise<boolean> {
  const rows = await tx.query(
    `insert into outbox (event_type, recipient_openid, payload, idempotency_key, created_at,
                         campaign_id, target)
     values ($1, $2, $3, $4, $5, $6, $7)
     on conflict (idempotency_key) do nothing
     returning id`,
    [
      m.eventType,
      m.recipientOpenid,
      JSON.stringify(m.payload),
      m.idempotencyKey,
      m.now,
      m.campaignId,
      m.target,
    ],
  );
  return rows.length > 0;
}

export interface OutboxRow {
  id: number;
  event_type: string;
  recipient_openid: string | null;
  payload: Record<string, unknown>;
  idempotency_key: string;
  created_at: Date;
  delivered_at: Date | null;
}

/** Recorded messages, newest first: one person's (in one campaign), or everyone's for the host. */
export async function listOutbox(
  sql: Sql,
  filter: { recipientOpenid?: string; campaignId?: string; limit?: number } = {},
): Promise<OutboxRow[]> {
  const params: unknown[] = [filter.limit ?? 100];
  const where: string[] = [];
  if (filter.recipientOpenid) {
    params.push(filter.recipientOpenid);
    where.push(`recipient_openid = $${params.length}`);
  }
  if (filter.campaignId) {
    params.push(filter.campaignId);
    where.push(`campaign_id = $${params.length}`);
  }
  const rows = await sql.query<OutboxRow>(
    `select id::int as id, event_type, recipient_openid, payload, idempotency_key, created_at,
            delivered_at
       from outbox ${where.length > 0 ? `where ${where.join(' and ')}` : ''}
      order by id desc limit $1`,
    params,
  );
  return rows;
}
