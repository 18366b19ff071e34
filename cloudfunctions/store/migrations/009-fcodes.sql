-- F码: limited invite codes. A batch's codes are minted as rows when it is released, so a
-- batch of N can never yield more than N redemptions; its size is never updated.
create table fcode_batch (
  id text primary key,
  campaign_id text not null references campaign (id),
  number integer not null check (number >= 1),
  size integer not null check (size >= 1),
  title text,
  audience text not null check (audience in ('holders', 'waitlist')),
  released_at timestamptz not null,
  unique (campaign_id, number)
);

-- One row per code. pooled: nobody has it; held: its holder may hand it to a friend until
-- held_until; reserved: a friend (or the waitlist's next person) may buy with it until
-- reserved_until; redeemed: used by exactly one order. Every move is a conditional update.
create table fcode_code (
  code text primary key,
  batch_id text not null references fcode_batch (id),
  campaign_id text not null references campaign (id),
  seq integer not null check (seq >= 1),
  status text not null check (status in ('pooled', 'held', 'reserved', 'redeemed')),
  -- Who the pool serves: a 'holders' batch serves seeds and pass-ons; expired codes and
  -- 'waitlist' batches serve the waitlist.
  audience text not null check (audience in ('holders', 'waitlist')),
  holder_openid text,
  holder_generation integer,
  held_until timestamptz,
  acceptor_openid text,
  generation integer,
  via text check (via in ('friend', 'waitlist')),
  reserved_until timestamptz,
  order_id text unique references shop_order (order_id),
  redeemed_at timestamptz,
  updated_at timestamptz not null,
  unique (batch_id, seq),
  check (status <> 'pooled' or (holder_openid is null and acceptor_openid is null)),
  check (status <> 'held' or (holder_openid is not null and acceptor_openid is null and held_until is not null)),
  check ((status in ('reserved', 'redeemed')) = (acceptor_openid is not null and via is not null)),
  check ((status = 'reserved') = (reserved_until is not null)),
  check ((status = 'redeemed') = (order_id is not null and redeemed_at is not null)),
  check (acceptor_openid <> holder_openid)
);

create index fcode_code_by_holder on fcode_code (holder_openid, campaign_id);
create index fcode_code_by_acceptor on fcode_code (acceptor_openid, campaign_id);
create index fcode_code_pool on fcode_code (campaign_id, audience, batch_id, seq) where status = 'pooled';
create index fcode_code_held_due on fcode_code (campaign_id, held_until) where status = 'held';
create index fcode_code_reserved_due on fcode_code (campaign_id, reserved_until) where status = 'reserved';

-- A person holds at most one code per batch to use: inserted with ON CONFLICT DO NOTHING by
-- whoever gives them one (a friend's code, the waitlist), deleted when the reservation lapses.
create table fcode_holding (
  batch_id text not null references fcode_batch (id),
  openid text not null,
  code text not null unique references fcode_code (code),
  primary key (batch_id, openid)
);

-- Seed holders the merchant loaded: each receives codes once.
create table fcode_seed (
  campaign_id text not null references campaign (id),
  openid text not null,
  codes integer not null check (codes >= 0),
  loaded_at timestamptz not null,
  primary key (campaign_id, openid)
);

-- The waitlist's order. Joining takes this row's lock to draw the next number, and every
-- promotion runs under the same lock, so nobody is promoted ahead of an earlier joiner.
create table fcode_queue (
  campaign_id text primary key references campaign (id),
  joined bigint not null default 0 check (joined >= 0)
);

create table fcode_wait (
  campaign_id text not null references campaign (id),
  openid text not null,
  seq bigint not null check (seq >= 1),
  status text not null check (status in ('waiting', 'promoted')),
  joined_at timestamptz not null,
  code text unique references fcode_code (code),
  promoted_at timestamptz,
  primary key (campaign_id, openid),
  unique (campaign_id, seq),
  check ((status = 'promoted') = (code is not null and promoted_at is not null))
);

create index fcode_wait_queue on fcode_wait (campaign_id, seq) where status = 'waiting';

-- Every move of every code, in order: the merchant's tree of who passed codes to whom.
create table fcode_event (
  id bigint generated always as identity primary key,
  code text not null references fcode_code (code),
  campaign_id text not null references campaign (id),
  batch_id text not null references fcode_batch (id),
  kind text not null check (kind in ('seeded', 'passed_on', 'accepted', 'promoted', 'returned', 'lapsed', 'expired', 'redeemed')),
  from_openid text,
  to_openid text,
  generation integer,
  at timestamptz not null
);

create index fcode_event_by_campaign on fcode_event (campaign_id, id);

-- What must be told, written in the same transaction as its cause; a dispatcher (or the local
-- host's listing) reads the undelivered rows. The key makes each message happen once.
create table outbox (
  id bigint generated always as identity primary key,
  event_type text not null,
  recipient_openid text,
  payload jsonb not null,
  idempotency_key text not null unique,
  created_at timestamptz not null,
  delivered_at timestamptz
);

create index outbox_undelivered on outbox (created_at) where delivered_at is null;
create index outbox_by_recipient on outbox (recipient_openid, created_at desc);

alter table campaign drop constraint campaign_kind_check;
alter table campaign add constraint campaign_kind_check
  check (kind in ('bargain', 'assist', 'coupon', 'group', 'fcode'));
