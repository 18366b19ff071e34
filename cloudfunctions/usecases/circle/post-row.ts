import type { CirclePostView, ConnectionKind } from '../../contracts/circle';
import { CONNECTION_WORDS } from '../../domain/circle/connection';
import { circleClaimRefusal, type PostStatus } from '../../domain/circle/decide-claim';
import { maskName } from '../../domain/shared/mask-name';
import type { Caller } from '../deps';
import { couponRowFromJson, toCouponView } from '../coupon/coupon-row';

export interface PostRow {
  id: string;
  campaign_id: string;
  order_id: string;
  poster_openid: string;
  product_id: string | null;
  product_name: string;
  words: string;
  rating: number | null;
  photo_url: string | null;
  template_id: string;
  pool: number;
  claimed: number;
  status: PostStatus;
  hidden_reason: string | null;
  featured: boolean;
  ordered_at: Date;
  created_at: Date;
}

export const POST_COLUMNS = `id, campaign_id, order_id, poster_openid, product_id, product_name, words,
  rating, photo_url, template_id, pool, claimed, status, hidden_reason, featured, ordered_at,
  created_at`;

/** A post with what its view needs besides: the coupon's terms, the viewer's claim and tie. */
export interface PostViewRow extends PostRow {
  coupon_title: string;
  value_fen: number | null;
  percent_off: number | null;
  min_spend_fen: number;
  my_coupon: Record<string, unknown> | null;
  connection: ConnectionKind | null;
  used: number | null;
  xp: number | null;
  tier?: number;
}

/**
 * The select list of a post's view for `viewer` (a SQL parameter), over `p` (circle_post)
 * joined with `t` (its coupon_template). The poster's statistics are read only for the poster.
 * `connection` comes from the query (a join on `known`), or null.
 */
export function postViewColumns(viewer: string, connection = 'null'): string {
  return `${POST_COLUMNS.split(',')
    .map((c) => `p.${c.trim()}`)
    .join(', ')},
    t.title as coupon_title, t.value_fen, t.percent_off, t.min_spend_fen,
    (select row_to_json(c) from circle_claim cc join coupon c on c.id = cc.coupon_id
      where cc.post_id = p.id and cc.claimer_openid = ${viewer}) as my_coupon,
    ${connection} as connection,
    case when p.poster_openid = ${viewer} then
      (select count(*)::int from circle_claim cc join coupon c on c.id = cc.coupon_id
        where cc.post_id = p.id and c.status = 'redeemed') end as used,
    case when p.poster_openid = ${viewer} then
      (select coalesce(sum(v.xp), 0)::int from circle_claim cc
         join coupon c on c.id = cc.coupon_id
         join conversion v on v.stage = 'coupon_used' and v.ref_id = c.redeemed_order_id
                          and v.invitee_openid = cc.claimer_openid
        where cc.post_id = p.id and v.status <> 'rejected') end as xp`;
}

export function toPostView(row: PostViewRow, viewer: Caller, now: Date): CirclePostView {
  const isPoster = row.poster_openid === viewer.openid;
  const mine = row.my_coupon ? couponRowFromJson(row.my_coupon) : null;
  const refusal = mine
    ? null
    : circleClaimRefusal({ status: row.status, isPoster, pool: row.pool, claimed: row.claimed });
  return {
    id: row.id,
    campaignId: row.campaign_id,
    productId: row.product_id,
    productName: row.product_name,
    posterName: isPoster ? '我' : maskName(row.poster_openid),
    words: row.words,
    rating: row.rating,
    photoUrl: row.photo_url,
    orderedAt: row.ordered_at.toISOString(),
    createdAt: row.created_at.toISOString(),
    status: row.status,
    hiddenReason: isPoster || viewer.role === 'merchant' ? row.hidden_reason : null,
    featured: row.featured,
    connection: row.connection
      ? { kind: row.connection, words: CONNECTION_WORDS[row.connection] }
      : null,
    coupon: {
      title: row.coupon_title,
      valueFen: row.value_fen,
      percentOff: row.percent_off,
      minSpendFen: row.min_spend_fen,
      pool: row.pool,
      left: row.pool - row.claimed,
    },
    viewer: {
      isPoster,
      coupon: mine ? toCouponView(mine, now) : null,
      canClaim: refusal === null && !mine,
      claimRefusal: refusal,
    },
    posterStats: isPoster ? { claimed: row.claimed, used: row.used ?? 0, xp: row.xp ?? 0 } : null,
  };
}

/** Server-side messages (for logs and developers; the page words each code itself). */
export const CIRCLE_MESSAGES = {
  SELF_CLAIM: 'the poster cannot claim from their own post',
  POOL_EMPTY: 'every friend coupon of this post has been claimed',
  NOT_FOUND: 'no such post',
} as const;
