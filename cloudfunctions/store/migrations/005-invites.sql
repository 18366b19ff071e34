-- Share tokens map a card's token to its campaign, sharer and subject (their bargain or
-- assist). Tokens are random: knowing one says nothing about another.
create table share_token (
  token text primary key,
  campaign_id text not null references campaign (id),
  sharer_openid text not null,
  subject_id text,
  created_at timestamptz not null
);

create index share_token_by_sharer on share_token (sharer_openid, created_at desc);

-- Every arrival on a landing page, with the WeChat scene (for statistics only: attribution
-- follows the token, because the scene can be stale).
create table visit (
  id bigint generated always as identity primary key,
  campaign_id text not null references campaign (id),
  openid text not null,
  token text references share_token (token),
  scene integer,
  client_ip text,
  is_new boolean not null,
  visited_at timestamptz not null
);

create index visit_by_campaign on visit (campaign_id, visited_at);

-- Who brought whom: the primary key makes the first sharer win under any concurrency.
create table attribution (
  campaign_id text not null references campaign (id),
  invitee_openid text not null,
  sharer_openid text not null,
  token text not null references share_token (token),
  client_ip text,
  attributed_at timestamptz not null,
  primary key (campaign_id, invitee_openid),
  check (invitee_openid <> sharer_openid)
);

create index attribution_by_sharer on attribution (campaign_id, sharer_openid, attributed_at);

-- Credits to a sharer for a friend's real action, once per (friend, stage, subject). A credit
-- counts when its status is 'counted', or 'pending' without flags once its hold has passed;
-- flagged credits wait for a merchant's review.
create table conversion (
  id text primary key,
  campaign_id text not null references campaign (id),
  invitee_openid text not null,
  sharer_openid text not null,
  stage text not null check (stage in ('arrived', 'helped', 'started', 'ordered')),
  ref_id text not null default '',
  xp integer not null check (xp >= 0),
  status text not null check (status in ('counted', 'pending', 'rejected')),
  hold_until timestamptz,
  flags jsonb not null default '[]',
  created_at timestamptz not null,
  reviewed_at timestamptz,
  unique (campaign_id, invitee_openid, stage, ref_id)
);

create index conversion_by_sharer on conversion (campaign_id, sharer_openid, created_at);

-- Orders reported by the merchant's checkout or payment callback, once per order id.
create table shop_order (
  order_id text primary key,
  buyer_openid text not null,
  amount_fen integer not null check (amount_fen >= 0),
  campaign_id text references campaign (id),
  product_id text,
  coupon_id text references coupon (id),
  reported_at timestamptz not null
);

create index shop_order_by_buyer on shop_order (buyer_openid);
