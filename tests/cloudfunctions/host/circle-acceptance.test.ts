/**
 * The shopping circle's loop through the local host's HTTP API, as the H5 app calls it, on the
 * demo campaign: A buys (the host's stand-in checkout reports the order as the merchant),
 * posts a recommendation; B finds it by searching 「保温杯」, claims a friend coupon, buys with
 * it; A's post shows the use and A's invite progress holds the experience for the refund window.
 */
import { useInProcessHost } from '../../support/in-process-host';

describe('the shopping circle through the local host', () => {
  const host = useInProcessHost();

  const ok = (name: string, event: unknown, persona: string) => host.ok(name, event, persona);
  const checkout = async (persona: string, body: unknown) => {
    const response = await host.checkout(persona, body);
    expect(response.status).toBe(200);
    return response.body.data.order;
  };

  test('A buys and posts; B searches, claims, buys with it; A’s experience moves', async () => {
    const bought = await checkout('u1', { campaignId: 'demo-circle' });
    const { postable } = await ok('circle', { action: 'mine' }, 'u1');
    expect(postable).toEqual([expect.objectContaining({ orderId: bought.orderId })]);
    const { post } = await ok(
      'circle',
      {
        action: 'post',
        orderId: bought.orderId,
        words: '保温杯装了开水，第二天早上还是烫的，杯盖也不漏，上班带着很方便。',
        rating: 5,
      },
      'u1',
    );
    expect(post.coupon).toMatchObject({ title: '好友专享', pool: 5, left: 5 });

    const found = await ok('circle', { action: 'search', query: '保温杯' }, 'u2');
    expect(found.posts.map((p: { id: string }) => p.id)).toContain(post.id);
    const { coupon } = await ok('circle', { action: 'claim', postId: post.id }, 'u2');
    expect(coupon).toMatchObject({ reason: 'circle', valueFen: 1000, minSpendFen: 5000 });

    const paid = await checkout('u2', { campaignId: 'demo-circle', couponId: coupon.id });
    expect(paid).toMatchObject({ amountFen: 12800, discountFen: 1000, paidFen: 11800 });

    const seen = await ok('circle', { action: 'get', postId: post.id }, 'u1');
    expect(seen.post.posterStats).toEqual({ claimed: 1, used: 1, xp: 10 });
    const progress = await ok('invite', { action: 'progress', campaignId: 'demo-circle' }, 'u1');
    expect(progress.pending.coupon_used).toBe(1);

    const again = await host.call('circle', { action: 'claim', postId: post.id }, 'u1');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('SELF_CLAIM');
  });
});
