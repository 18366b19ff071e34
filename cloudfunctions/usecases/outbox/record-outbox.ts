import type { Sql } from '../../store/store';

/** The kinds of message written so far; a dispatcher (issue 17) maps each to a template. */
export type OutboxEventType = 'fcode.promoted';

export interface OutboxMessageInput {
  eventType: OutboxEventType;
  recipientOpenid: string | null;
  payload: Record<string, unknown>;
  /** One message per cause: a replayed cause finds its row and writes nothing. */
  idempotencyKey: string;
  now: Date;
}

/**
 * Records a message to be told, inside the transaction of its cause, so the message exists
 * exactly when the cause committed. Delivery (WeChat subscribe messages) is a dispatcher's
 * job; the local host lists the rows at GET /dev/outbox. Returns whether a row was written.
 */
export async function recordOutbox(tx: Sql, m: OutboxMessageInput): Promise<boolean> {
  const rows = await tx.query(
    `insert into outbox (event_type, recipient_openid, payload, idempotency_key, created_at)
     values ($1, $2, $3, $4, $5)
     on conflict (idempotency_key) do nothing
     returning id`,
    [m.eventType, m.recipientOpenid, JSON.stringify(m.payload), m.idempotencyKey, m.now],
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

/** Recorded messages, newest first: one person's, or everyone's for the host's listing. */
export async function listOutbox(
  sql: Sql,
  filter: { recipientOpenid?: string; limit?: number } = {},
): Promise<OutboxRow[]> {
  const params: unknown[] = [filter.limit ?? 100];
  const where = filter.recipientOpenid ? 'where recipient_openid = $2' : '';
  if (filter.recipientOpenid) params.push(filter.recipientOpenid);
  const rows = await sql.query<OutboxRow>(
    `select id::int as id, event_type, recipient_openid, payload, idempotency_key, created_at,
            delivered_at
       from outbox ${where} order by id desc limit $1`,
    params,
  );
  return rows;
}
