-- 购物圈 (shopping circle): a verified buyer's recommendation of what they bought, with a pool of
-- friend coupons. One post per order (the unique key makes a second post a replay). The pool is
-- reserved from the campaign's circle template's budget when the post is made (`reserved`
-- moves by a conditional update, its CHECK behind it), so claims issue against a reservation
-- and can never overspend the template; `claimed` moves only by `claimed < pool` under the
-- post's row lock. Deleting or hiding a post shrinks the pool to what was claimed and gives the
-- rest back: claimed coupons stay with their owners.
create table circle_post (
  id text primary key,
  campaign_id text not null references campaign (id),
  order_id text not null unique references shop_order (order_id),
  poster_openid text not null,
  product_id text,
  product_name text not null,
  words text not null check (char_length(words) between 10 and 500),
  rating integer check (rating between 1 and 5),
  photo_url text,
  template_id text not null references coupon_template (id),
  pool integer not null check (pool >= 0),
  claimed integer not null default 0,
  status text not null check (status in ('shown', 'deleted', 'hidden')),
  hidden_reason text,
  featured boolean not null default false,
  ordered_at timestamptz not null,
  created_at timestamptz not null,
  removed_at timestamptz,
  -- Normalised product name and words (see domain/circle/search-grams.ts), and their unigrams
  -- (CJK) and bigrams: a GIN index over a text[] works the same on PGlite and the server, with
  -- no extension, and serves 1-character queries that a trigram index cannot.
  search_text text not null,
  grams text[] not null,
  check (claimed between 0 and pool),
  check ((status = 'hidden') = (hidden_reason is not null)),
  check ((status = 'shown') = (removed_at is null))
);

create index circle_post_grams on circle_post using gin (grams);
create index circle_post_by_poster on circle_post (poster_openid, created_at desc);
create index circle_post_featured on circle_post (created_at desc, id desc)
  where featured and status = 'shown';
create index circle_post_recent on circle_post (created_at desc, id desc) where status = 'shown';

-- One claim per person per post (the primary key); each claim holds the coupon it issued.
create table circle_claim (
  post_id text not null references circle_post (id),
  claimer_openid text not null,
  coupon_id text not null unique references coupon (id),
  claimed_at timestamptz not null,
  primary key (post_id, claimer_openid)
);

-- The circle reads connections from the viewer's side, across campaigns: the existing indexes
-- all lead with the campaign or the subject.
create index attribution_by_invitee on attribution (invitee_openid);
create index attribution_by_sharer_any on attribution (sharer_openid);
create index bargain_help_by_helper on bargain_help (helper_openid);
create index assist_help_by_helper on assist_help (helper_openid);

alter table coupon drop constraint coupon_reason_check;
alter table coupon add constraint coupon_reason_check
  check (reason in ('claim', 'bargain_reward', 'assist_reward', 'assist_helper_reward', 'packet',
                    'circle'));
