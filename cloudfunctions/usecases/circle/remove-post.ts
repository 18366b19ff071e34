import type { CirclePostView } from '../../contracts/circle';
import { AppError } from '../../contracts/errors';
import type { Caller, Deps } from '../deps';
import { releaseReservations } from '../coupon/issue-coupon';
import { CIRCLE_MESSAGES, POST_COLUMNS, toPostView, type PostRow } from './post-row';
import { readPostView } from './read-post';

type Removal = { by: 'poster' } | { by: 'merchant'; reason: string };

/**
 * Takes a post out of the circle: deleted by its poster, or hidden by the merchant with a
 * reason its poster is shown. Under the post's row lock (the lock every claim takes first), the
 * pool shrinks to what was claimed and the unclaimed rest of its reservation goes back to the
 * template's budget. Coupons already claimed stay with the friends who claimed them. Removing
 * a removed post answers it as it is.
 */
export async function removePost(
  input: { postId: string },
  removal: Removal,
  caller: Caller,
  { store, clock }: Deps,
): Promise<{ post: CirclePostView }> {
  const now = clock();
  return store.transaction(async (tx) => {
    const [post] = await tx.query<PostRow>(
      `select ${POST_COLUMNS} from circle_post where id = $1 for update`,
      [input.postId],
    );
    if (!post || (removal.by === 'poster' && post.poster_openid !== caller.openid)) {
      throw new AppError('NOT_FOUND', CIRCLE_MESSAGES.NOT_FOUND);
    }
    if (post.status === 'shown') {
      await tx.query(
        `update circle_post set status = $2, hidden_reason = $3, removed_at = $4, pool = claimed
          where id = $1 and status = 'shown'`,
        [
          post.id,
          removal.by === 'poster' ? 'deleted' : 'hidden',
          removal.by === 'merchant' ? removal.reason : null,
          now,
        ],
      );
      await releaseReservations(tx, post.template_id, post.pool - post.claimed);
    }
    return { post: toPostView(await readPostView(tx, post.id, caller), caller, now) };
  });
}

/** The merchant features a post in everyone's circle, or stops. */
export async function featurePost(
  input: { postId: string; featured: boolean },
  caller: Caller,
  { store, clock }: Deps,
): Promise<{ post: CirclePostView }> {
  const now = clock();
  const rows = await store.query(
    'update circle_post set featured = $2 where id = $1 returning id',
    [input.postId, input.featured],
  );
  if (rows.length === 0) throw new AppError('NOT_FOUND', CIRCLE_MESSAGES.NOT_FOUND);
  return { post: toPostView(await readPostView(store, input.postId, caller), caller, now) };
}
