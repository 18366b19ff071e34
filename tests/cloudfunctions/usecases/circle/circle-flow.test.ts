/**
 * 购物圈, end to end through the functions: a verified buyer posts about their order with a
 * pool of friend coupons reserved from the circle template's budget; friends claim one each
 * (never the poster, never over the pool); a friend buying with one earns the poster experience,
 * held through the refund window; deleting or hiding a post gives back only what was unclaimed.
 */
import { aCircleCampaign } from '../../../support/builders/campaign-config';
import { expectError, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const DAY = 86_400_000;
const WORDS = '杯子保温很好，早上装的热水到晚上还烫嘴，推荐给怕冷的朋友。';

describe.each(storeKinds())('the shopping circle on %s', (kind) => {
  let orderSeq = 0;
  const h = useHarness(kind);

  const report = async (event: Record<string, unknown>) =>
    (
      await h.ok(
        'order',
        {
          action: 'report',
          orderId: `circle-flow-${kind}-${(orderSeq += 1)}`,
          amountFen: 6900,
          ...event,
        },
        'merchant',
        'merchant',
      )
    ).order;
  const post = (orderId: string, who: string, extra: Record<string, unknown> = {}) =>
    h.ok('circle', { action: 'post', orderId, words: WORDS, ...extra }, who);
  const claim = (postId: string, who: string) => h.ok('circle', { action: 'claim', postId }, who);
  const template = async (id: string) =>
    (
      await h.store.query<{ issued: number; reserved: number }>(
        'select issued, reserved from coupon_template where id = $1',
        [id],
      )
    )[0];

  test('a buyer posts once per order; the pool is reserved from the template’s budget', async () => {
    const c = await h.save(aCircleCampaign({ poolSize: 5 }));
    const order = await report({ buyerOpenid: 'amy', campaignId: c.id, productId: 'cup-316' });
    const mine = await h.ok('circle', { action: 'mine' }, 'amy');
    expect(mine.postable).toEqual([
      expect.objectContaining({ orderId: order.orderId, productName: '316 不锈钢真空保温杯' }),
    ]);

    const first = await post(order.orderId, 'amy', {
      rating: 5,
      photoUrl: 'https://img.example/cup.jpg',
    });
    expect(first.created).toBe(true);
    expect(first.post).toMatchObject({
      productName: '316 不锈钢真空保温杯',
      posterName: '我',
      words: WORDS,
      rating: 5,
      photoUrl: 'https://img.example/cup.jpg',
      status: 'shown',
      orderedAt: order.reportedAt,
      coupon: { title: '好友专享', valueFen: 1000, minSpendFen: 5000, pool: 5, left: 5 },
      viewer: { isPoster: true, canClaim: false, claimRefusal: 'SELF_CLAIM' },
      posterStats: { claimed: 0, used: 0, xp: 0 },
    });
    expect(await template(c.coupons[0]!.id)).toEqual({ issued: 0, reserved: 5 });

    const again = await post(order.orderId, 'amy', {
      words: '换一段话再发一次，应该还是原来那条。',
    });
    expect(again).toMatchObject({ created: false, post: { id: first.post.id, words: WORDS } });
    expect(await template(c.coupons[0]!.id)).toEqual({ issued: 0, reserved: 5 });
    expect((await h.ok('circle', { action: 'mine' }, 'amy')).postable).toEqual([]);
  });

  test('a pool is never more than the template has left: the last post gets the remainder, then none', async () => {
    const c = await h.save(aCircleCampaign({ poolSize: 5 }, { budget: 7 }));
    const pools: number[] = [];
    for (const buyer of ['b1', 'b2', 'b3']) {
      const order = await report({ buyerOpenid: buyer, campaignId: c.id });
      pools.push((await post(order.orderId, buyer)).post.coupon.pool);
    }
    expect(pools).toEqual([5, 2, 0]);
    expect(await template(c.coupons[0]!.id)).toEqual({ issued: 0, reserved: 7 });
  });

  test('friends claim one each, into the wallet as 来自 TA 的推荐; never the poster, never over the pool', async () => {
    const c = await h.save(aCircleCampaign({ poolSize: 2 }));
    const order = await report({ buyerOpenid: 'ann', campaignId: c.id });
    const { post: p } = await post(order.orderId, 'ann');

    expectError(await h.call('circle', { action: 'claim', postId: p.id }, 'ann'), 'SELF_CLAIM');
    const got = await claim(p.id, 'fay');
    expect(got).toMatchObject({
      replayed: false,
      coupon: { reason: 'circle', valueFen: 1000, minSpendFen: 5000, status: 'issued' },
      post: { posterName: 'a**', coupon: { left: 1 }, viewer: { canClaim: false } },
    });
    const replay = await claim(p.id, 'fay');
    expect(replay).toMatchObject({ replayed: true, coupon: { id: got.coupon.id } });
    await claim(p.id, 'gus');
    expectError(await h.call('circle', { action: 'claim', postId: p.id }, 'hal'), 'POOL_EMPTY');

    // The poster is told of each friend's claim once (a replay tells nothing more).
    const told = await h.store.query<{
      recipient_openid: string;
      payload: { claimerOpenid: string };
    }>(
      `select recipient_openid, payload from outbox
        where event_type = 'circle.coupon_claimed' and payload ->> 'postId' = $1 order by id`,
      [p.id],
    );
    expect(told.map((t) => [t.recipient_openid, t.payload.claimerOpenid])).toEqual([
      ['ann', 'fay'],
      ['ann', 'gus'],
    ]);

    const wallet = await h.ok('coupon', { action: 'list' }, 'fay');
    expect(wallet.coupons).toEqual([
      expect.objectContaining({ id: got.coupon.id, reason: 'circle' }),
    ]);
    expect(await template(c.coupons[0]!.id)).toEqual({ issued: 2, reserved: 0 });
  });

  test('a friend buying with the coupon earns the poster experience, held through the refund window', async () => {
    const c = await h.save(aCircleCampaign());
    const order = await report({ buyerOpenid: 'ada', campaignId: c.id });
    const { post: p } = await post(order.orderId, 'ada');
    const { coupon } = await claim(p.id, 'fox');
    await report({ buyerOpenid: 'fox', campaignId: c.id, couponId: coupon.id, amountFen: 6900 });

    const seen = await h.ok('circle', { action: 'get', postId: p.id }, 'ada');
    expect(seen.post.posterStats).toEqual({ claimed: 1, used: 1, xp: 10 });
    const before = await h.ok('invite', { action: 'progress', campaignId: c.id }, 'ada');
    expect(before.pending.coupon_used).toBe(1);
    h.clock.advance(8 * DAY);
    const after = await h.ok('invite', { action: 'progress', campaignId: c.id }, 'ada');
    expect(after.level.xp).toBe(before.level.xp + 10);
  });

  test('a level with a circle-pool-bonus perk makes the poster’s next pools larger, once counted', async () => {
    const c = await h.save(
      aCircleCampaign(
        { poolSize: 3 },
        {},
        {
          invite: {
            levels: [
              { level: 1, name: '新手', minXp: 0 },
              {
                level: 2,
                name: '铜牌',
                minXp: 10,
                perks: [{ kind: 'circle-pool-bonus', extraCoupons: 2 }],
              },
            ],
          },
        },
      ),
    );
    const first = await report({ buyerOpenid: 'lev', campaignId: c.id });
    const { post: p1 } = await post(first.orderId, 'lev');
    expect(p1.coupon.pool).toBe(3);
    const { coupon } = await claim(p1.id, 'pal');
    await report({ buyerOpenid: 'pal', campaignId: c.id, couponId: coupon.id });

    // The 10 xp is held through the refund window: no bonus yet.
    const held = await report({ buyerOpenid: 'lev', campaignId: c.id });
    expect((await post(held.orderId, 'lev')).post.coupon.pool).toBe(3);
    const before = await h.ok('invite', { action: 'progress', campaignId: c.id }, 'lev');
    expect(before.perks).toEqual({
      unlocked: [],
      next: [{ kind: 'circle-pool-bonus', extraCoupons: 2 }],
    });

    h.clock.advance(8 * DAY);
    const after = await h.ok('invite', { action: 'progress', campaignId: c.id }, 'lev');
    expect(after).toMatchObject({
      level: { level: 2, name: '铜牌' },
      perks: { unlocked: [{ kind: 'circle-pool-bonus', extraCoupons: 2 }], next: [] },
    });
    const later = await report({ buyerOpenid: 'lev', campaignId: c.id });
    expect((await post(later.orderId, 'lev')).post.coupon.pool).toBe(5);
  });

  test('the poster deletes, the merchant hides with a reason: claimed coupons stay, the rest goes back', async () => {
    const c = await h.save(aCircleCampaign({ poolSize: 5 }));
    const tpl = c.coupons[0]!.id;
    const o1 = await report({ buyerOpenid: 'ivy', campaignId: c.id });
    const o2 = await report({ buyerOpenid: 'joe', campaignId: c.id });
    const { post: p1 } = await post(o1.orderId, 'ivy');
    const { post: p2 } = await post(o2.orderId, 'joe');
    const { coupon } = await claim(p1.id, 'kim');
    expect(await template(tpl)).toEqual({ issued: 1, reserved: 9 });

    expectError(await h.call('circle', { action: 'remove', postId: p1.id }, 'kim'), 'NOT_FOUND');
    const removed = await h.ok('circle', { action: 'remove', postId: p1.id }, 'ivy');
    expect(removed.post).toMatchObject({ status: 'deleted', coupon: { pool: 1, left: 0 } });
    expect(await template(tpl)).toEqual({ issued: 1, reserved: 5 });
    expect((await h.ok('coupon', { action: 'list' }, 'kim')).coupons).toEqual([
      expect.objectContaining({ id: coupon.id, status: 'issued' }),
    ]);
    expectError(await h.call('circle', { action: 'get', postId: p1.id }, 'kim'), 'NOT_FOUND');
    expectError(await h.call('circle', { action: 'claim', postId: p1.id }, 'lou'), 'NOT_FOUND');

    expectError(
      await h.call('circle', { action: 'hide', postId: p2.id, reason: '含有联系方式' }, 'joe'),
      'FORBIDDEN',
    );
    await h.ok(
      'circle',
      { action: 'hide', postId: p2.id, reason: '含有联系方式' },
      'merchant',
      'merchant',
    );
    const own = await h.ok('circle', { action: 'get', postId: p2.id }, 'joe');
    expect(own.post).toMatchObject({ status: 'hidden', hiddenReason: '含有联系方式' });
    expectError(await h.call('circle', { action: 'get', postId: p2.id }, 'kim'), 'NOT_FOUND');
    expect(await template(tpl)).toEqual({ issued: 1, reserved: 0 });
    // Removing again answers the post as it is and gives nothing back twice.
    await h.ok('circle', { action: 'remove', postId: p1.id }, 'ivy');
    expect(await template(tpl)).toEqual({ issued: 1, reserved: 0 });
  });
});
