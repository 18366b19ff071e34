import type { CircleClaimResult } from '../../contracts/circle';
import { AppError } from '../../contracts/errors';
import { circleClaimRefusal } from '../../domain/circle/decide-claim';
import type { Caller, Deps } from '../deps';
import { seeUser } from '../campaign/see-user';
import { COUPON_COLUMNS, toCouponView, type CouponRow } from '../coupon/coupon-row';
import { issueCoupon } from '../coupon/issue-coupon';
import { REFUSAL_MESSAGES } from '../coupon/refusal-messages';
import { CIRCLE_MESSAGES, POST_COLUMNS, toPostView, type PostRow } from './post-row';
import { readPostView } from './read-post';
import { sqlParams } from '../../store/refused-in-statement';
import type { Sql } from '../../store/store';
import { outboxCte } from '../outbox/outbox-cte';

/**
 * A friend claims one coupon from a post's pool. The post's row lock orders every claim on
 * it: a friend who already claimed gets their coupon back (one per person per post, the
 * primary key of circle_claim behind it); otherwise the count moves by `claimed < pool` and
 * the coupon is issued against the budget the post reserved, so no number of concurrent
 * friends takes more than the pool, nor the pool more than the template's budget. The
 * template's own per-person limit still holds (CLAIM_LIMIT), and a refusal leaves nothing.
 */
export async function claimPostCoupon(
  input: { postId: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<CircleClaimResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const [post] = await tx.query<PostRow>(
      `select ${POST_COLUMNS} from circle_post where id = $1 for update`,
      [input.postId],
    );
    if (!post) throw new AppError('NOT_FOUND', CIRCLE_MESSAGES.NOT_FOUND);

    const [claimed] = await tx.query<CouponRow>(
      `select ${COUPON_COLUMNS} from coupon
        where id = (select coupon_id from circle_claim where post_id = $1 and claimer_openid = $2)`,
      [post.id, caller.openid],
    );
    if (claimed) {
      return {
        post: toPostView(await readPostView(tx, post.id, caller), caller, now),
        coupon: toCouponView(claimed, now),
        replayed: true,
      };
    }

    const refusal = circleClaimRefusal({
      status: post.status,
      isPoster: post.poster_openid === caller.openid,
      pool: post.pool,
      claimed: post.claimed,
    });
    if (refusal) throw new AppError(refusal, CIRCLE_MESSAGES[refusal]);

    const counted = await tx.query(
      `update circle_post set claimed = claimed + 1
        where id = $1 and status = 'shown' and claimed < pool returning id`,
      [post.id],
    );
    if (counted.length === 0) throw new AppError('POOL_EMPTY', CIRCLE_MESSAGES.POOL_EMPTY);

    const issued = await issueCoupon(tx, {
      templateId: post.template_id,
      ownerOpenid: caller.openid,
      reason: 'circle',
      idempotencyKey: `circle:${post.id}:${caller.openid}`,
      now,
      fromReservation: true,
    });
    if (!issued.ok) throw new AppError(issued.code, REFUSAL_MESSAGES[issued.code]);
    await recordClaim(tx, post, caller.openid, issued.coupon.id, now);
    await seeUser(tx, caller.openid, post.campaign_id, now);
    return {
      post: toPostView(await readPostView(tx, post.id, caller), caller, now),
      coupon: toCouponView(issued.coupon, now),
      replayed: false,
    };
  });
}

/**
 * Records the claim and tells the poster (circle.coupon_claimed) in one statement, so the
 * claim and its event exist together or not at all; keyed by the claim, a replay writes none.
 */
async function recordClaim(
  tx: Sql,
  post: PostRow,
  claimer: string,
  couponId: string,
  now: Date,
): Promise<void> {
  const p = sqlParams();
  const poster = `${p.add(post.poster_openid)}::text`;
  const campaign = `${p.add(post.campaign_id)}::text`;
  await tx.query(
    `with claim as (
       insert into circle_claim (post_id, claimer_openid, coupon_id, claimed_at)
       values (${p.add(post.id)}, ${p.add(claimer)}, ${p.add(couponId)}, ${p.add(now)}::timestamptz)
       returning post_id, claimer_openid, coupon_id
     ),
     ${outboxCte(p, 'told', {
       eventType: 'circle.coupon_claimed',
       from: 'claim',
       recipientOpenid: poster,
       idempotencyKey: "'circle.coupon_claimed:' || claim.post_id || ':' || claim.claimer_openid",
       campaignId: campaign,
       target: null,
       now,
       payload: {
         campaignId: campaign,
         postId: 'claim.post_id',
         posterOpenid: poster,
         claimerOpenid: 'claim.claimer_openid',
         couponId: 'claim.coupon_id',
       },
     })}
     select 1 from claim`,
    p.values,
  );
}
