import type { CircleMineResult, CirclePage, CirclePostView } from '../../contracts/circle';
import { AppError } from '../../contracts/errors';
import { parseSearchQuery } from '../../domain/circle/search-grams';
import type { Caller, Deps } from '../deps';
import { sqlParams, type SqlParams } from '../../store/refused-in-statement';
import { knownCtes } from './connections-sql';
import { postViewColumns, toPostView, type PostViewRow } from './post-row';
import { readPostView } from './read-post';
import { unsharedOrdersSql } from '../order/shareable-order';

export const PAGE_SIZE = 20;
const MINE_LIMIT = 50;

interface Cursor {
  tier: number;
  createdAt: Date;
  id: string;
}

function parseCursor(cursor: string | undefined): Cursor | null {
  if (!cursor) return null;
  const [tier, ms, id] = cursor.split('.');
  return { tier: Number(tier), createdAt: new Date(Number(ms)), id: id! };
}

const cursorOf = (row: PostViewRow): string =>
  `${row.tier ?? 0}.${row.created_at.getTime()}.${row.id}`;

/**
 * Rows of `tier` that come after the cursor in (tier, newest first, id) order, as SQL: every
 * row of a later tier, the rows of the cursor's own tier older than it, none of an earlier one.
 */
function afterCursor(p: SqlParams, cursor: Cursor | null, tier: string): string {
  if (!cursor) return 'true';
  const t = `${p.add(cursor.tier)}::int`;
  return `(${tier} > ${t} or (${tier} = ${t} and (p.created_at, p.id) < (${p.add(cursor.createdAt)}::timestamptz, ${p.add(cursor.id)}::text)))`;
}

function toPage(rows: PostViewRow[], caller: Caller, now: Date): CirclePage {
  const shown = rows.slice(0, PAGE_SIZE);
  return {
    posts: shown.map((r) => toPostView(r, caller, now)),
    nextCursor: rows.length > PAGE_SIZE ? cursorOf(shown[shown.length - 1]!) : null,
  };
}

/**
 * The caller's circle: posts by the people they are connected to first (tier 0), then the
 * merchant's featured posts by anyone else (tier 1); newest first within each, paged by a
 * keyset cursor so a page never repeats or skips a post as new ones arrive. Each tier is read
 * by its own index (the poster's posts, the featured partial index) and cut to one page before
 * the two are merged. The caller's own posts are in `mine`, not in their circle.
 */
export async function circleFeed(
  input: { cursor?: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<CirclePage> {
  const now = clock();
  const cursor = parseCursor(input.cursor);
  const p = sqlParams();
  const viewer = p.add(caller.openid);
  const limit = PAGE_SIZE + 1;
  const rows = await store.query<PostViewRow>(
    `with ${knownCtes(viewer)},
     page as (
       (select p.id, 0 as tier from circle_post p join known k on k.openid = p.poster_openid
         where p.status = 'shown' and ${afterCursor(p, cursor, '0')}
         order by p.created_at desc, p.id desc limit ${limit})
       union all
       (select p.id, 1 from circle_post p
         where p.featured and p.status = 'shown' and p.poster_openid <> ${viewer}
           and not exists (select 1 from known k where k.openid = p.poster_openid)
           and ${afterCursor(p, cursor, '1')}
         order by p.created_at desc, p.id desc limit ${limit})
     )
     select ${postViewColumns(viewer, 'k.kind')}, page.tier
       from page join circle_post p on p.id = page.id
       join coupon_template t on t.id = p.template_id
       left join known k on k.openid = p.poster_openid
      order by page.tier, p.created_at desc, p.id desc
      limit ${limit}`,
    p.values,
  );
  return toPage(rows, caller, now);
}

/**
 * Posts whose product name or words contain every term of the query, ranked by connection
 * (people the caller knows, then featured, then everyone else) and recency. The GIN index on
 * the grams finds the candidates; the substring test on the normalised text keeps only real
 * matches (bigrams present but not in a row are not a match).
 */
export async function searchPosts(
  input: { query: string; cursor?: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<CirclePage> {
  const now = clock();
  const parsed = parseSearchQuery(input.query);
  if (!parsed) throw new AppError('INVALID_INPUT', 'query: nothing searchable in it');
  const cursor = parseCursor(input.cursor);
  const p = sqlParams();
  const viewer = p.add(caller.openid);
  const rows = await store.query<PostViewRow>(
    `with ${knownCtes(viewer)},
     hit as (
       select p.id, p.created_at,
              case when k.openid is not null then 0 when p.featured then 1 else 2 end as tier
         from circle_post p left join known k on k.openid = p.poster_openid
        where p.grams @> ${p.add(parsed.grams)}::text[] and p.status = 'shown'
          and not exists (select 1 from unnest(${p.add(parsed.terms)}::text[]) as term
                           where strpos(p.search_text, term) = 0)
     ),
     page as (
       select hit.id, hit.tier from hit join circle_post p on p.id = hit.id
        where ${afterCursor(p, cursor, 'hit.tier')}
        order by hit.tier, hit.created_at desc, hit.id desc
        limit ${PAGE_SIZE + 1}
     )
     select ${postViewColumns(viewer, 'k.kind')}, page.tier
       from page join circle_post p on p.id = page.id
       join coupon_template t on t.id = p.template_id
       left join known k on k.openid = p.poster_openid
      order by page.tier, p.created_at desc, p.id desc`,
    p.values,
  );
  return toPage(rows, caller, now);
}

export async function getPost(
  input: { postId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<{ post: CirclePostView }> {
  return { post: toPostView(await readPostView(store, input.postId, caller), caller, clock()) };
}

/**
 * The caller's own posts (newest first, removed ones too, with the merchant's reason), and
 * their reported orders that may still be posted about: in a live campaign with a circle, not
 * refunded, no post yet, and if they paid a group seat, the group formed.
 */
export async function listMyPosts(
  _input: Record<string, never>,
  caller: Caller,
  { store, clock }: Deps,
): Promise<CircleMineResult> {
  const now = clock();
  const [posts, postable] = await Promise.all([
    store.query<PostViewRow>(
      `select ${postViewColumns('$1')}
         from circle_post p join coupon_template t on t.id = p.template_id
        where p.poster_openid = $1
        order by p.created_at desc limit ${MINE_LIMIT}`,
      [caller.openid],
    ),
    store.query<{
      order_id: string;
      campaign_id: string;
      product_name: string;
      reported_at: Date;
    }>(
      `select o.order_id, o.campaign_id,
              coalesce(c.config->'product'->>'name', c.config->>'title') as product_name,
              o.reported_at
       ${unsharedOrdersSql({ table: 'circle_post', feature: 'circle' })}
        order by o.reported_at desc limit ${MINE_LIMIT}`,
      [caller.openid],
    ),
  ]);
  return {
    posts: posts.map((r) => toPostView(r, caller, now)),
    postable: postable.map((o) => ({
      orderId: o.order_id,
      campaignId: o.campaign_id,
      productName: o.product_name,
      orderedAt: o.reported_at.toISOString(),
    })),
  };
}
