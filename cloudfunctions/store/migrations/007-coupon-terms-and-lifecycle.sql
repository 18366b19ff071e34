-- A coupon's window has a start as well as an end: a fixed window's `from` is printed on it.
-- Older coupons start at their issue (a fixed template's `from` when it had one).
alter table coupon add column starts_at timestamptz;
update coupon c
   set starts_at = coalesce((t.validity ->> 'from')::timestamptz, c.issued_at)
  from coupon_template t
 where t.id = c.template_id;
alter table coupon alter column starts_at set not null;

-- What a redemption took off, fixed at redemption: a replayed order answers the same.
alter table coupon add column redeemed_discount_fen integer check (redeemed_discount_fen >= 0);
update coupon set redeemed_discount_fen = 0 where status = 'redeemed';
alter table coupon add constraint coupon_redeemed_discount
  check ((status = 'redeemed') = (redeemed_discount_fen is not null));

-- An order keeps what was in it and what its coupon took off; it paid amount − discount.
alter table shop_order add column product_ids text[] not null default '{}';
update shop_order set product_ids = array[product_id] where product_id is not null;
alter table shop_order add column discount_fen integer not null default 0
  check (discount_fen >= 0 and discount_fen <= amount_fen);

-- The lifecycle gains `paused`: new starts and claims stop, promises already made go on.
alter table campaign drop constraint campaign_status_check;
alter table campaign add constraint campaign_status_check
  check (status in ('draft', 'live', 'paused', 'ended'));
