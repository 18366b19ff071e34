import type { CirclePostResult } from '../../contracts/circle';
import { AppError } from '../../contracts/errors';
import { postSearchIndex } from '../../domain/circle/search-grams';
import { refusedWords } from '../../domain/circle/post-words';
import { campaignFacts } from '../../domain/compliance/campaign-facts';
import { COPY_RULES } from '../../domain/compliance/copy/copy-rules';
import { circlePoolBonus, type PerkLevel } from '../../domain/invite/level-perks';
import { DEFAULT_LEVELS, levelFor, type SharerLevel } from '../../domain/invite/sharer-level';
import { newId } from '../../domain/shared/ids';
import type { CampaignConfig } from '../../contracts/campaign-config';
import type { Sql } from '../../store/store';
import { creditStatusSql } from '../invite/credit-status-sql';
import type { Caller, Deps } from '../deps';
import { assertShareable, findOwnCampaignOrder } from '../order/shareable-order';
import { readPostView } from './read-post';
import { toPostView } from './post-row';

/**
 * The buyer posts a recommendation for their reported order: only the order's own buyer, once
 * per order. The order row's lock orders every post for that order, so of concurrent posts one
 * is made and the rest answer it (the unique key on order_id is the backstop). The pool is
 * reserved from the circle template's budget in one conditional statement under the template's
 * lock — as many as `poolSize`, fewer when less budget is left, never more — so every coupon a
 * post shows can be issued. The words are checked by the compliance rules like any copy.
 */
export async function createPost(
  input: { orderId: string; words: string; rating?: number; photoUrl?: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<CirclePostResult> {
  const now = clock();
  return store.transaction(async (tx) => {
    const { order, campaign } = await findOwnCampaignOrder(tx, input.orderId, caller.openid, {
      lock: true,
    });
    const settings = campaign.config.circle;
    if (!settings) throw new AppError('NOT_FOUND', `campaign "${campaign.id}" has no circle`);

    const [existing] = await tx.query<{ id: string }>(
      'select id from circle_post where order_id = $1',
      [input.orderId],
    );
    if (existing) {
      return {
        post: toPostView(await readPostView(tx, existing.id, caller), caller, now),
        created: false,
      };
    }

    assertShareable(order, campaign, now);
    const [crossed] = refusedWords(input.words, campaignFacts(campaign.config));
    if (crossed) {
      throw new AppError(
        'WORDS_REFUSED',
        `「${crossed.quote}」: ${COPY_RULES[crossed.ruleId].message(crossed.quote, campaignFacts(campaign.config))}`,
      );
    }

    const poolSize =
      settings.poolSize + (await posterPoolBonus(tx, campaign.config, caller.openid, now));
    const productName = campaign.config.product?.name ?? campaign.config.title;
    const index = postSearchIndex(productName, input.words);
    const id = newId('pst');
    // The template row is locked by the first CTE; the pool is what is left of its budget,
    // at most poolSize (with the poster's level perk), and `reserved` moves by exactly that (the CHECK issued + reserved ≤
    // budget is the backstop).
    const [created] = await tx.query<{ id: string }>(
      `with t as (
         select id, greatest(least($9::int, coalesce(budget - issued - reserved, $9::int)), 0) as n
           from coupon_template where id = $8 for update
       ),
       reserved as (
         update coupon_template c set reserved = c.reserved + t.n
           from t where c.id = t.id and t.n > 0
         returning t.n
       )
       insert into circle_post (id, campaign_id, order_id, poster_openid, product_id, product_name,
         words, rating, photo_url, template_id, pool, status, ordered_at, created_at,
         search_text, grams)
       select $1, $2, $3, $4, $5, $6, $7, $10, $11, t.id, coalesce((select n from reserved), 0),
              'shown', $12, $13, $14, $15
         from t
       returning id`,
      [
        id,
        campaign.id,
        input.orderId,
        caller.openid,
        order.product_id,
        productName,
        input.words,
        settings.templateId,
        poolSize,
        input.rating ?? null,
        input.photoUrl ?? null,
        order.reported_at,
        now,
        index.text,
        index.grams,
      ],
    );
    if (!created) throw new Error(`circle template "${settings.templateId}" is not in the store`);
    return {
      post: toPostView(await readPostView(tx, created.id, caller), caller, now),
      created: true,
    };
  });
}

/**
 * The extra friend coupons the poster's level unlocks (a `circle-pool-bonus` perk), from the
 * experience counted for them in this campaign now: the same sum the invites page shows.
 */
async function posterPoolBonus(
  tx: Sql,
  config: CampaignConfig,
  openid: string,
  now: Date,
): Promise<number> {
  const levels: readonly PerkLevel[] & readonly SharerLevel[] =
    config.invite.levels ?? DEFAULT_LEVELS;
  if (!levels.some((l) => (l.perks ?? []).length > 0)) return 0;
  const [row] = await tx.query<{ xp: number }>(
    `select coalesce(sum(c.xp), 0)::int as xp from conversion c
      where c.sharer_openid = $1 and c.campaign_id = $2 and ${creditStatusSql('c', '$3')} = 'counted'`,
    [openid, config.id, now],
  );
  return circlePoolBonus(levels, levelFor(row?.xp ?? 0, levels).level);
}
