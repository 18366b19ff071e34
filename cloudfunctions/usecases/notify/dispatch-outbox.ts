import { randomUUID } from 'node:crypto';
import { Webhook } from 'standardwebhooks';
import { eventPayloads, isEventType, type WebhookBody } from '../../contracts/events';
import { clipThing, tellingOf } from '../../domain/notify/event-telling';
import { nextAttemptAt } from '../../domain/notify/retry-schedule';
import type { Clock } from '../deps';
import type { Store } from '../../store/store';
import { fanOutEvents } from './fan-out-events';
import type { NotifySettings } from './notify-settings';
import type { Senders, Sent, SubscribeMessage } from './senders';

export interface DispatchDeps {
  store: Store;
  clock: Clock;
  senders: Senders;
  settings: NotifySettings;
  random?: () => number;
}

export interface DispatchPass {
  fannedOut: number;
  sent: number;
  retrying: number;
  failed: number;
  skipped: number;
}

/** The event id a receiver de-duplicates on: the same for every retry and replay. */
export const eventIdOf = (outboxId: number) => `evt_${outboxId}`;

/**
 * One pass of the dispatcher: new events become deliveries, then the due subscribe messages
 * and webhooks are sent. Each delivery is taken under a lease by one statement (SKIP LOCKED),
 * sent outside any transaction, and its outcome recorded only by the holder of the lease, so
 * several dispatchers at once never send one delivery at the same time. A send that dies
 * with its dispatcher is sent again when the lease runs out: at least once per delivery, and
 * the event id in every request lets the receiver apply it once.
 */
export async function dispatchOnce(deps: DispatchDeps): Promise<DispatchPass> {
  const pass: DispatchPass = { fannedOut: 0, sent: 0, retrying: 0, failed: 0, skipped: 0 };
  for (;;) {
    const n = await fanOutEvents(deps.store, deps.settings, deps.clock());
    pass.fannedOut += n;
    if (n < deps.settings.batch) break;
  }
  await sendSubscribeMessages(deps, pass);
  await sendWebhooks(deps, pass);
  return pass;
}

interface Outcome {
  id: number;
  token: string;
  attempts: number;
  firstAt: Date;
  sent: Sent;
  message: unknown;
}

/** Records how a send ended, unless another dispatcher took the delivery over meanwhile. */
async function record(deps: DispatchDeps, o: Outcome, pass: DispatchPass): Promise<void> {
  const now = deps.clock();
  const retryAt = o.sent.ok
    ? null
    : o.sent.permanent
      ? null
      : nextAttemptAt(deps.settings.retry, o.attempts, o.firstAt, now, deps.random);
  const status = o.sent.ok ? 'sent' : retryAt ? 'pending' : 'failed';
  const rows = await deps.store.query<{ event_id: number; channel: string }>(
    `update delivery
        set status = $3, last_status = $4::integer, last_error = $5, message = $6::jsonb,
            next_attempt_at = coalesce($7::timestamptz, next_attempt_at), leased_until = null,
            lease_token = null,
            finished_at = case when $3 = 'pending' then null else $8::timestamptz end
      where id = $1 and lease_token = $2
      returning event_id::int as event_id, channel`,
    [
      o.id,
      o.token,
      status,
      o.sent.status ?? null,
      o.sent.ok ? null : o.sent.error,
      JSON.stringify(o.message),
      retryAt,
      now,
    ],
  );
  if (rows.length === 0) return;
  if (status === 'sent') pass.sent++;
  else if (status === 'pending') pass.retrying++;
  else pass.failed++;
  // The person was told: the outbox row says so (the F码 page lists its messages with it).
  if (status === 'sent' && rows[0]!.channel === 'subscribe')
    await deps.store.query(
      `update outbox set delivered_at = coalesce(delivered_at, $2) where id = $1`,
      [rows[0]!.event_id, now],
    );
}

interface TakenSubscribe {
  id: number;
  event_id: number;
  recipient_openid: string;
  attempts: number;
  first_at: Date;
  event_type: string;
  payload: Record<string, unknown>;
  created_at: Date;
  campaign_title: string | null;
  token: string;
}

/**
 * Subscribe messages. One grant allows one message, so for a person and a target the pass
 * sends the best pending event — the highest rank, the newest among equals — and marks the
 * ones it makes pointless as skipped; a grant already spent on an event whose send is being
 * retried is used again for that event, never a second grant.
 */
async function sendSubscribeMessages(deps: DispatchDeps, pass: DispatchPass): Promise<void> {
  const { settings } = deps;
  for (let taken = 0; taken < settings.batch; taken++) {
    const now = deps.clock();
    const chosen = await deps.store.transaction(async (tx) => {
      const [due] = await tx.query<{
        id: number;
        event_id: number;
        recipient_openid: string;
        target: string;
      }>(
        `select d.id::int as id, d.event_id::int as event_id, d.recipient_openid, o.target
           from delivery d join outbox o on o.id = d.event_id
          where d.channel = 'subscribe' and d.status = 'pending' and d.next_attempt_at <= $1
            and (d.leased_until is null or d.leased_until < $1)
          order by d.next_attempt_at limit 1
          for update of d skip locked`,
        [now],
      );
      if (!due) return null;
      const [grant] = await tx.query<{ id: number; spent_event: number | null }>(
        `select id::int as id, spent_event::int as spent_event from subscription
          where openid = $1 and target = $2
            and (spent_at is null or spent_event in (
                   select event_id from delivery
                    where channel = 'subscribe' and recipient_openid = $1 and status = 'pending'))
          order by spent_at nulls last, granted_at limit 1
          for update skip locked`,
        [due.recipient_openid, due.target],
      );
      if (!grant) {
        await tx.query(
          `update delivery set status = 'skipped', finished_at = $2,
                  last_error = 'no unspent subscription for this target'
            where id = $1`,
          [due.id, now],
        );
        pass.skipped++;
        return 'skipped' as const;
      }
      // The others pending for this person and target, locked with the one that came due.
      const rivals = await tx.query<{ id: number; event_id: number; event_type: string }>(
        `select d.id::int as id, d.event_id::int as event_id, o.event_type
           from delivery d join outbox o on o.id = d.event_id
          where d.channel = 'subscribe' and d.status = 'pending' and d.recipient_openid = $1
            and o.target = $2 and (d.leased_until is null or d.leased_until < $3)
          for update of d skip locked`,
        [due.recipient_openid, due.target, now],
      );
      const rank = (type: string) => (isEventType(type) ? (tellingOf(type)?.rank ?? 0) : 0);
      const retried = rivals.find((r) => r.event_id === grant.spent_event);
      if (grant.spent_event !== null && !retried) {
        // The grant's event is being sent by another dispatcher right now: come back later.
        await tx.query(`update delivery set next_attempt_at = $2 where id = $1`, [
          due.id,
          new Date(now.getTime() + settings.leaseMs),
        ]);
        return 'later' as const;
      }
      const best =
        retried ??
        rivals.reduce((a, b) =>
          rank(b.event_type) > rank(a.event_type) ||
          (rank(b.event_type) === rank(a.event_type) && b.event_id > a.event_id)
            ? b
            : a,
        );
      const superseded = rivals.filter(
        (r) =>
          r.id !== best.id &&
          rank(r.event_type) <= rank(best.event_type) &&
          r.event_id < best.event_id,
      );
      if (superseded.length > 0) {
        await tx.query(
          `update delivery set status = 'skipped', finished_at = $2, last_error = $3
            where id = any($1::bigint[])`,
          [superseded.map((r) => r.id), now, `superseded by ${eventIdOf(best.event_id)}`],
        );
        pass.skipped += superseded.length;
      }
      await tx.query(
        `update subscription set spent_at = coalesce(spent_at, $2), spent_event = $3 where id = $1`,
        [grant.id, now, best.event_id],
      );
      const token = randomUUID();
      const [row] = await tx.query<TakenSubscribe>(
        `update delivery d
            set leased_until = $2, lease_token = $3, attempts = d.attempts + 1
           from outbox o left join campaign c on c.id = o.campaign_id
          where d.id = $1 and o.id = d.event_id
          returning d.id::int as id, d.event_id::int as event_id, d.recipient_openid,
                    d.attempts, coalesce(d.replayed_at, o.created_at) as first_at, o.event_type,
                    o.payload, o.created_at, c.config ->> 'title' as campaign_title, $3 as token`,
        [best.id, new Date(now.getTime() + settings.leaseMs), token],
      );
      return row!;
    });
    if (chosen === null) return;
    if (chosen === 'skipped' || chosen === 'later') continue;
    const message = subscribeMessageOf(chosen, settings);
    const sent: Sent = message
      ? await deps.senders.subscribe(message).catch((error: unknown) => ({
          ok: false as const,
          permanent: false,
          error: error instanceof Error ? error.message : String(error),
        }))
      : { ok: false, permanent: true, error: 'no subscribe text for this event' };
    await record(
      deps,
      {
        id: chosen.id,
        token: chosen.token,
        attempts: chosen.attempts,
        firstAt: chosen.first_at,
        sent,
        message,
      },
      pass,
    );
  }
}

const CHINA_OFFSET_MS = 8 * 3_600_000;

/** WeChat's `time` keyword: "2026年3月1日 10:05", in China time. */
export function chinaTimeText(at: Date): string {
  const t = new Date(at.getTime() + CHINA_OFFSET_MS);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.getUTCFullYear()}年${t.getUTCMonth() + 1}月${t.getUTCDate()}日 ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}`;
}

function subscribeMessageOf(
  row: TakenSubscribe,
  settings: NotifySettings,
): SubscribeMessage | null {
  if (!settings.templateId || !isEventType(row.event_type)) return null;
  const telling = tellingOf(row.event_type);
  const parsed = eventPayloads[row.event_type].safeParse(row.payload);
  if (!telling || !parsed.success) return null;
  const text = telling.text(parsed.data as never);
  const { fields } = settings;
  return {
    touser: row.recipient_openid,
    templateId: settings.templateId,
    page: text.page,
    data: {
      [fields.campaign]: { value: clipThing(row.campaign_title ?? '活动') },
      [fields.progress]: { value: clipThing(text.progress) },
      [fields.time]: { value: chinaTimeText(row.created_at) },
    },
  };
}

interface TakenWebhook {
  id: number;
  event_id: number;
  attempts: number;
  first_at: Date;
  event_type: string;
  payload: Record<string, unknown>;
  created_at: Date;
  url: string;
  secret: string;
}

/** The body every endpoint receives for an event: the same bytes are signed. */
export function webhookBodyOf(e: {
  event_id: number;
  event_type: string;
  created_at: Date;
  payload: Record<string, unknown>;
}): WebhookBody {
  return {
    id: eventIdOf(e.event_id),
    type: e.event_type,
    createdAt: e.created_at.toISOString(),
    data: e.payload,
  };
}

/**
 * Standard Webhooks headers (standardwebhooks.com): the event id, the send time in seconds,
 * and `v1,<base64 HMAC-SHA256 of "id.timestamp.body">` with the endpoint's secret.
 */
export function signedHeaders(
  secret: string,
  eventId: string,
  at: Date,
  body: string,
): Record<string, string> {
  return {
    'content-type': 'application/json',
    'user-agent': 'Fission-Webhooks/1',
    'webhook-id': eventId,
    'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
    'webhook-signature': new Webhook(secret).sign(eventId, at, body),
  };
}

/** Webhooks: every due delivery taken under a lease in one statement, then POSTed at once. */
async function sendWebhooks(deps: DispatchDeps, pass: DispatchPass): Promise<void> {
  const { settings } = deps;
  for (;;) {
    const now = deps.clock();
    const token = randomUUID();
    const taken = await deps.store.query<TakenWebhook>(
      `update delivery d
          set leased_until = $2, lease_token = $3, attempts = d.attempts + 1
         from (select id from delivery
                where channel = 'webhook' and status = 'pending' and next_attempt_at <= $1
                  and (leased_until is null or leased_until < $1)
                order by next_attempt_at limit $4
                for update skip locked) due,
              outbox o, webhook_endpoint ep
        where d.id = due.id and o.id = d.event_id and ep.id = d.endpoint_id
        returning d.id::int as id, d.event_id::int as event_id, d.attempts,
                  coalesce(d.replayed_at, o.created_at) as first_at, o.event_type, o.payload,
                  o.created_at, ep.url, ep.secret`,
      [now, new Date(now.getTime() + settings.leaseMs), token, settings.batch],
    );
    if (taken.length === 0) return;
    await Promise.all(
      taken.map(async (t) => {
        const body = JSON.stringify(webhookBodyOf(t));
        const sent = await deps.senders
          .webhook({
            url: t.url,
            body,
            headers: signedHeaders(t.secret, eventIdOf(t.event_id), deps.clock(), body),
            timeoutMs: settings.webhookTimeoutMs,
          })
          .catch((error: unknown) => ({
            ok: false as const,
            permanent: false,
            error: error instanceof Error ? error.message : String(error),
          }));
        await record(
          deps,
          {
            id: t.id,
            token,
            attempts: t.attempts,
            firstAt: t.first_at,
            sent,
            message: JSON.parse(body),
          },
          pass,
        );
      }),
    );
    if (taken.length < settings.batch) return;
  }
}
