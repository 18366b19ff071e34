import { AppError } from '../../contracts/errors';
import type { Caller } from '../deps';
import type { Sql } from '../../store/store';
import { knownCtes } from './connections-sql';
import { postViewColumns, type PostViewRow } from './post-row';

/**
 * One post as `viewer` sees it, with how they know its poster. A removed post is NOT_FOUND to
 * everyone but its poster and the merchant (the poster sees the merchant's reason).
 */
export async function readPostView(sql: Sql, postId: string, viewer: Caller): Promise<PostViewRow> {
  const [row] = await sql.query<PostViewRow>(
    `with ${knownCtes('$2')}
     select ${postViewColumns('$2', 'k.kind')}
       from circle_post p join coupon_template t on t.id = p.template_id
       left join known k on k.openid = p.poster_openid
      where p.id = $1`,
    [postId, viewer.openid],
  );
  if (
    !row ||
    (row.status !== 'shown' && row.poster_openid !== viewer.openid && viewer.role !== 'merchant')
  ) {
    throw new AppError('NOT_FOUND', `no post "${postId}"`);
  }
  return row;
}
