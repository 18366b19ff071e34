-- Every statement of a help transaction is keyed by the bargain id (scale-out by bargain).
create table bargain (
  id text primary key,
  campaign_id text not null references campaign (id),
  initiator_openid text not null,
  status text not null check (status in ('active', 'completed', 'expired')),
  price_fen integer not null check (price_fen > 0),
  floor_fen integer not null check (floor_fen >= 0),
  current_fen integer not null,
  helps_needed integer not null check (helps_needed >= 1),
  helps_done integer not null default 0,
  schedule integer[] not null,
  cuts_done integer not null,
  started_at timestamptz not null,
  ends_at timestamptz not null,
  completed_at timestamptz,
  reward_coupon_id text references coupon (id),
  check (current_fen between floor_fen and price_fen),
  check (helps_done between 0 and helps_needed),
  check ((status = 'completed') = (current_fen = floor_fen))
);

-- At most one active bargain per person and campaign: a second start finds the first.
create unique index bargain_one_active on bargain (campaign_id, initiator_openid) where status = 'active';
create index bargain_by_initiator on bargain (initiator_openid, started_at desc);

create table bargain_help (
  bargain_id text not null references bargain (id),
  helper_openid text not null,
  seq integer not null check (seq >= 1),
  cut_fen integer not null check (cut_fen >= 1),
  helped_at timestamptz not null,
  primary key (bargain_id, helper_openid),
  unique (bargain_id, seq)
);

-- Starts per person and campaign, and helps per helper, campaign and (China) day: both are
-- limits enforced by a conditional upsert on one row.
create table start_count (
  campaign_id text not null references campaign (id),
  openid text not null,
  starts integer not null check (starts >= 1),
  primary key (campaign_id, openid)
);

create table helper_day (
  campaign_id text not null references campaign (id),
  helper_openid text not null,
  day date not null,
  helps integer not null check (helps >= 1),
  primary key (campaign_id, helper_openid, day)
);
