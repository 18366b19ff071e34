-- Group buys (拼团). `seats_taken` counts held and paid seats and moves only by conditional
-- updates under the group's row lock; the CHECK is the backstop against overfilling.
create table group_buy (
  id text primary key,
  campaign_id text not null references campaign (id),
  leader_openid text not null,
  status text not null check (status in ('open', 'completed', 'failed')),
  size integer not null check (size between 2 and 50),
  seats_taken integer not null default 0,
  members integer not null default 0,
  group_price_fen integer not null check (group_price_fen > 0),
  on_short text not null check (on_short in ('fail', 'complete')),
  payment_minutes integer not null check (payment_minutes >= 1),
  opened_at timestamptz not null,
  ends_at timestamptz not null,
  settled_at timestamptz,
  check (members between 0 and seats_taken),
  check (seats_taken between 0 and size),
  check ((status = 'open') = (settled_at is null))
);

-- A leader has one open group per campaign at a time: a retried open gets the same group.
create unique index group_buy_one_open on group_buy (campaign_id, leader_openid) where status = 'open';
create index group_buy_due on group_buy (ends_at) where status = 'open';
create index group_buy_by_campaign on group_buy (campaign_id, opened_at desc);

-- One row per person per group: a person holds at most one seat in a group. A released or
-- refunded row may take a seat again only through the same conditional update.
create table group_seat (
  group_id text not null references group_buy (id),
  openid text not null,
  status text not null check (status in ('held', 'paid', 'released', 'refund_due')),
  joined_at timestamptz not null,
  hold_until timestamptz,
  order_id text references shop_order (order_id),
  paid_at timestamptz,
  primary key (group_id, openid),
  check ((status = 'held') = (hold_until is not null)),
  check ((status in ('paid', 'refund_due')) = (paid_at is not null))
);

create index group_seat_by_openid on group_seat (openid, joined_at desc);

-- An order that paid for a group seat, and whether the merchant owes its refund.
alter table shop_order add column group_id text references group_buy (id);
alter table shop_order add column refund_due boolean not null default false;

-- Fission coupon packets: one per reported order, shared by its buyer. `claimed` moves only by
-- a conditional update under the packet's row lock; each slot is claimed once, by one person.
create table packet (
  id text primary key,
  campaign_id text not null references campaign (id),
  order_id text not null unique references shop_order (order_id),
  sharer_openid text not null,
  template_id text not null references coupon_template (id),
  -- The packet settings it was opened with: what was disclosed stays what is shown.
  settings jsonb not null,
  slots integer not null check (slots >= 1),
  claimed integer not null default 0,
  created_at timestamptz not null,
  ends_at timestamptz not null,
  check (claimed between 0 and slots)
);

create index packet_by_sharer on packet (sharer_openid, created_at desc);

create table packet_slot (
  packet_id text not null references packet (id),
  seq integer not null check (seq >= 1),
  value_fen integer not null check (value_fen > 0),
  claimer_openid text,
  claimed_at timestamptz,
  coupon_id text references coupon (id),
  primary key (packet_id, seq),
  unique (packet_id, claimer_openid),
  unique (coupon_id),
  check ((claimer_openid is null) = (claimed_at is null))
);

-- Claims per person per campaign per China day: a conditional upsert, never count-then-insert.
create table packet_claim_day (
  campaign_id text not null references campaign (id),
  openid text not null,
  day date not null,
  claims integer not null check (claims >= 1),
  primary key (campaign_id, openid, day)
);

alter table coupon drop constraint coupon_reason_check;
alter table coupon add constraint coupon_reason_check
  check (reason in ('claim', 'bargain_reward', 'assist_reward', 'assist_helper_reward', 'packet'));

alter table conversion drop constraint conversion_stage_check;
alter table conversion add constraint conversion_stage_check
  check (stage in ('arrived', 'helped', 'started', 'ordered', 'coupon_used'));

alter table campaign drop constraint campaign_kind_check;
alter table campaign add constraint campaign_kind_check
  check (kind in ('bargain', 'assist', 'coupon', 'group'));
