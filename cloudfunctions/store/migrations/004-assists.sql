create table assist (
  id text primary key,
  campaign_id text not null references campaign (id),
  initiator_openid text not null,
  status text not null check (status in ('active', 'completed', 'expired')),
  helps_needed integer not null check (helps_needed >= 1),
  helps_done integer not null default 0,
  started_at timestamptz not null,
  ends_at timestamptz not null,
  completed_at timestamptz,
  -- The template whose budget this assist reserved at start: released if it expires unfinished.
  reward_template_id text not null references coupon_template (id),
  reward_coupon_id text references coupon (id),
  check (helps_done between 0 and helps_needed),
  check ((status = 'completed') = (helps_done = helps_needed))
);

create unique index assist_one_active on assist (campaign_id, initiator_openid) where status = 'active';
create index assist_by_initiator on assist (initiator_openid, started_at desc);

create table assist_help (
  assist_id text not null references assist (id),
  helper_openid text not null,
  seq integer not null check (seq >= 1),
  helped_at timestamptz not null,
  reward_coupon_id text references coupon (id),
  primary key (assist_id, helper_openid),
  unique (assist_id, seq)
);
