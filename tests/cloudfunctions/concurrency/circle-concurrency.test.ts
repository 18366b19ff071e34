/**
 * 购物圈 under load, on the PostgreSQL server when DATABASE_URL is set (PGlite runs one
 * transaction at a time and would pass without the protections): a pool is claimed exactly
 * as many times as it holds, one friend gets one coupon per post however often they tap, and
 * one order makes one post however often it is posted.
 */
import { aCircleCampaign } from '../../support/builders/campaign-config';
import { reportOrder, useHarness } from '../../support/harness';
import { codes, describeOnServer, range } from '../../support/on-server';

const WORDS = '杯子保温很好，早上装的热水到晚上还烫嘴。';

describeOnServer('the circle under concurrency on %s', (kind) => {
  const h = useHarness(kind, { poolMax: 32 });

  const orderOf = (campaignId: string, buyer: string) =>
    reportOrder(h, { buyerOpenid: buyer, campaignId }, 'conc-circle');
  const claim = (postId: string, who: string) =>
    h.call<{ coupon: { id: string }; replayed: boolean }>(
      'circle',
      { action: 'claim', postId },
      who,
    );

  test('100 friends claiming one 5-coupon pool at once: exactly 5 coupons, the rest POOL_EMPTY', async () => {
    const c = await h.save(aCircleCampaign({ poolSize: 5 }));
    const orderId = await orderOf(c.id, 'poster');
    const { post } = await h.ok('circle', { action: 'post', orderId, words: WORDS }, 'poster');

    const results = await Promise.all(range(100, 'friend').map((who) => claim(post.id, who)));
    expect(codes(results)).toEqual({ ok: 5, POOL_EMPTY: 95 });

    const [row] = await h.store.query<{ claimed: number; claims: number; coupons: number }>(
      `select p.claimed,
              (select count(*)::int from circle_claim where post_id = p.id) as claims,
              (select count(*)::int from coupon where template_id = p.template_id) as coupons
         from circle_post p where p.id = $1`,
      [post.id],
    );
    expect(row).toEqual({ claimed: 5, claims: 5, coupons: 5 });
    const [template] = await h.store.query<{ issued: number; reserved: number }>(
      'select issued, reserved from coupon_template where id = $1',
      [c.coupons[0]!.id],
    );
    expect(template).toEqual({ issued: 5, reserved: 0 });
  });

  test('one friend claiming the same post 20 times at once: one coupon, the same answer', async () => {
    const c = await h.save(aCircleCampaign({ poolSize: 5 }));
    const orderId = await orderOf(c.id, 'poster2');
    const { post } = await h.ok('circle', { action: 'post', orderId, words: WORDS }, 'poster2');

    const results = await Promise.all(Array.from({ length: 20 }, () => claim(post.id, 'eager')));
    expect(codes(results)).toEqual({ ok: 20 });
    const answers = results.flatMap((r) => (r.ok ? [r.data] : []));
    expect(answers.filter((a) => !a.replayed)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.coupon.id)).size).toBe(1);
    const owned = await h.store.query('select id from coupon where owner_openid = $1', ['eager']);
    expect(owned).toHaveLength(1);
  });

  test('posting one order 20 times at once: one post, one pool reserved', async () => {
    const c = await h.save(aCircleCampaign({ poolSize: 5 }));
    const orderId = await orderOf(c.id, 'twice');
    const results = await Promise.all(
      Array.from({ length: 20 }, () =>
        h.call<{ post: { id: string }; created: boolean }>(
          'circle',
          { action: 'post', orderId, words: WORDS },
          'twice',
        ),
      ),
    );
    expect(codes(results)).toEqual({ ok: 20 });
    const answers = results.flatMap((r) => (r.ok ? [r.data] : []));
    expect(answers.filter((a) => a.created)).toHaveLength(1);
    expect(new Set(answers.map((a) => a.post.id)).size).toBe(1);
    const [template] = await h.store.query<{ reserved: number }>(
      'select reserved from coupon_template where id = $1',
      [c.coupons[0]!.id],
    );
    expect(template?.reserved).toBe(5);
  });

  test('30 buyers posting at once on a template with budget 12: pools sum to exactly 12', async () => {
    const c = await h.save(aCircleCampaign({ poolSize: 5 }, { budget: 12 }));
    const orders = [];
    for (const buyer of range(30, 'buyer'))
      orders.push({ buyer, orderId: await orderOf(c.id, buyer) });
    const results = await Promise.all(
      orders.map(({ buyer, orderId }) =>
        h.call<{ post: { coupon: { pool: number } } }>(
          'circle',
          { action: 'post', orderId, words: WORDS },
          buyer,
        ),
      ),
    );
    expect(codes(results)).toEqual({ ok: 30 });
    const pools = results.flatMap((r) => (r.ok ? [r.data.post.coupon.pool] : []));
    expect(pools.reduce((a, b) => a + b, 0)).toBe(12);
  });
});
