-- Coupon templates carry their budget and running counts; the counts only move through
-- conditional updates (`… where issued + reserved < budget`), and the CHECK is the backstop.
-- `reserved` holds budget for rewards already promised (an assist that started) but not yet
-- earned, so a reward that is earned can always be issued.
create table coupon_template (
  id text primary key,
  campaign_id text references campaign (id),
  title text not null,
  value_fen integer check (value_fen > 0),
  percent_off integer check (percent_off between 1 and 99),
  min_spend_fen integer not null default 0 check (min_spend_fen >= 0),
  validity jsonb not null,
  budget integer check (budget >= 0),
  issued integer not null default 0 check (issued >= 0),
  reserved integer not null default 0 check (reserved >= 0),
  per_user_limit integer not null check (per_user_limit >= 1),
  claimable boolean not null,
  product_id text,
  check ((value_fen is null) <> (percent_off is null)),
  check (budget is null or issued + reserved <= budget)
);

-- How many coupons of a template each person holds: the per-user limit is a conditional
-- upsert on this row, never a count followed by an insert.
create table coupon_holding (
  template_id text not null references coupon_template (id),
  owner_openid text not null,
  issued integer not null check (issued >= 1),
  primary key (template_id, owner_openid)
);

create table coupon (
  id text primary key,
  template_id text not null references coupon_template (id),
  owner_openid text not null,
  reason text not null check (reason in ('claim', 'bargain_reward', 'assist_reward', 'assist_helper_reward')),
  idempotency_key text not null unique,
  title text not null,
  value_fen integer check (value_fen > 0),
  percent_off integer check (percent_off between 1 and 99),
  min_spend_fen integer not null check (min_spend_fen >= 0),
  product_id text,
  status text not null check (status in ('issued', 'redeemed', 'voided')),
  issued_at timestamptz not null,
  expires_at timestamptz not null,
  redeemed_at timestamptz,
  redeemed_order_id text,
  check ((status = 'redeemed') = (redeemed_at is not null and redeemed_order_id is not null))
);

create index coupon_by_owner on coupon (owner_openid, issued_at desc);
