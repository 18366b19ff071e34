import type { EventPayload, EventType } from '../../contracts/events';
import { subscriptionTarget, type SubscriptionKind } from '../../domain/notify/subscription-target';
import type { SqlParams } from '../../store/refused-in-statement';

/**
 * One SQL expression per payload field. The keys are the schema's own (a missing or unknown
 * field does not compile); what each expression yields is checked by the tests, which parse
 * every recorded payload with its strict schema.
 */
export type PayloadSql<T extends EventType> = { readonly [K in keyof EventPayload<T>]-?: string };

export interface OutboxInStatement<T extends EventType> {
  eventType: T;
  /** A from-clause over the statement's written rows (`upd join help on true`): one event per row. */
  from: string;
  where?: string;
  /** SQL for whom a subscribe message would tell. */
  recipientOpenid: string;
  payload: PayloadSql<T>;
  /** SQL for the cause's own key (`'bargain.helped:' || upd.id || ':' || help.seq`). */
  idempotencyKey: string;
  campaignId: string;
  /** SQL for the subscription target (see targetSql), or null for events only webhooks hear. */
  target: string | null;
  now: Date;
}

/**
 * recordOutbox as a CTE of the statement that writes the cause, so the event exists exactly
 * when its effect does: a hot action (a help under its bargain's lock) writes both in its one
 * statement, with no round trip more. The payload is built from the rows the statement wrote
 * (`returning …`), so it says what happened, not what was expected to. A replayed cause finds
 * its key taken and writes nothing.
 */
export function outboxCte<T extends EventType>(
  p: SqlParams,
  name: string,
  e: OutboxInStatement<T>,
): string {
  const fields = Object.entries<string>(e.payload)
    .map(([field, sql]) => `'${field}', ${sql}`)
    .join(', ');
  return `${name} as (
    insert into outbox (event_type, recipient_openid, payload, idempotency_key, created_at,
                        campaign_id, target)
    select ${p.add(e.eventType)}::text, ${e.recipientOpenid}, jsonb_build_object(${fields}),
           ${e.idempotencyKey}, ${p.add(e.now)}::timestamptz, ${e.campaignId}, ${e.target ?? 'null'}
      from ${e.from}
     ${e.where ? `where ${e.where}` : ''}
    on conflict (idempotency_key) do nothing
    returning id
  )`;
}

/** subscriptionTarget in SQL, for an id the statement knows (`targetSql('group', 's.id')`). */
export function targetSql(kind: SubscriptionKind, idSql: string): string {
  return `'${subscriptionTarget(kind, '')}' || ${idSql}`;
}
