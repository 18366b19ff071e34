-- Telling people: each outbox row is one event, written in the transaction that caused it
-- (migration 009 made the table for F码 promotions). A dispatcher fans each event out into
-- deliveries — a subscribe message to a person who granted one, a POST to each merchant
-- endpoint that wants the type — and delivers those at least once, each under a lease so two
-- dispatchers never send one delivery at the same time.

alter table outbox
  add column campaign_id text,
  -- What a shopper subscribes to: this bargain, this group ('bargain:b_…').
  add column target text,
  add column fanned_out_at timestamptz;

update outbox set campaign_id = payload ->> 'campaignId',
                  target = 'fcode:' || (payload ->> 'campaignId');

drop index outbox_undelivered;
create index outbox_to_fan_out on outbox (id) where fanned_out_at is null;

-- One grant from requestSubscribeMessage allows one message: spent_event says on what.
create table subscription (
  id bigint generated always as identity primary key,
  openid text not null,
  template_id text not null,
  target text not null,
  granted_at timestamptz not null,
  spent_at timestamptz,
  spent_event bigint references outbox (id)
);

create index subscription_unspent on subscription (openid, target, granted_at)
  where spent_at is null;

create table webhook_endpoint (
  id text primary key,
  url text not null,
  -- The event types it wants; an empty list wants them all.
  event_types text[] not null default '{}',
  secret text not null,
  created_at timestamptz not null,
  removed_at timestamptz
);

create table delivery (
  id bigint generated always as identity primary key,
  event_id bigint not null references outbox (id),
  channel text not null check (channel in ('subscribe', 'webhook')),
  endpoint_id text references webhook_endpoint (id),
  recipient_openid text,
  status text not null default 'pending'
    check (status in ('pending', 'sent', 'failed', 'skipped')),
  attempts integer not null default 0,
  next_attempt_at timestamptz not null,
  -- Taken by one dispatcher while it sends; an expired lease is anyone's again. The token
  -- makes the outcome stick only for the dispatcher that still holds the lease.
  leased_until timestamptz,
  lease_token text,
  last_status integer,
  last_error text,
  -- What was sent: the subscribe message's fields, or the webhook's body.
  message jsonb,
  replays integer not null default 0,
  -- A merchant's replay starts the retry horizon again.
  replayed_at timestamptz,
  created_at timestamptz not null,
  finished_at timestamptz,
  unique nulls not distinct (event_id, channel, endpoint_id, recipient_openid)
);

create index delivery_due on delivery (next_attempt_at) where status = 'pending';
create index delivery_by_endpoint on delivery (endpoint_id, created_at desc)
  where endpoint_id is not null;
