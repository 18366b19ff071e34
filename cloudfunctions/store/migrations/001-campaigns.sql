-- Campaigns as merchants wrote them (validated JSON), and the people each campaign has seen.
create table campaign (
  id text primary key,
  kind text not null check (kind in ('bargain', 'assist', 'coupon')),
  status text not null check (status in ('draft', 'live', 'ended')),
  config jsonb not null,
  created_at timestamptz not null,
  updated_at timestamptz not null
);

-- The first campaign a person was ever seen in decides whether they count as new
-- (`newUsersOnly`): a row is inserted once, with ON CONFLICT DO NOTHING.
create table app_user (
  openid text primary key,
  first_seen_at timestamptz not null,
  first_campaign_id text references campaign (id)
);

create table campaign_user (
  campaign_id text not null references campaign (id),
  openid text not null,
  first_seen_at timestamptz not null,
  participated_at timestamptz,
  primary key (campaign_id, openid)
);

create index campaign_user_participants on campaign_user (campaign_id) where participated_at is not null;
