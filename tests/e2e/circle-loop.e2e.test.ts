import { screenshot } from './support/browser';
import { api } from './support/host';
import { hostAndBrowser } from './support/journey';

/**
 * Issue 19 in a real browser, through the real local host (PGlite, demo campaigns): A buys the
 * demo-circle cup (the host's stand-in checkout reports the order as the merchant would), writes
 * a recommendation on the composer; B finds it by searching 「保温杯」 on the circle page, claims
 * the friend coupon, buys with it; A's post then shows the use and A's experience moved (held
 * through the refund window, as the invite progress says).
 *
 * The purchases go to the stand-in checkout directly: the demo's coupon campaign has no buy
 * button of its own. Everything else a shopper does happens on the pages; the API is only read.
 */
describe('the shopping circle, in a phone-sized chromium', () => {
  const journey = hostAndBrowser();
  const open = journey.open;
  const checkout = async (persona: string, body: Record<string, unknown>) => {
    const response = await fetch(`${journey.host.url}/dev/checkout`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fission-openid': persona },
      body: JSON.stringify(body),
    });
    const answer = (await response.json()) as { ok: boolean; data: { order: any } };
    expect(answer.ok).toBe(true);
    return answer.data.order;
  };

  test('A buys and posts; B searches 保温杯, claims, buys with it; A’s experience moves', async () => {
    const order = await checkout('u1', { campaignId: 'demo-circle' });
    const before = await api(
      journey.host,
      'invite',
      { action: 'progress', campaignId: 'demo-circle' },
      'u1',
    );

    const composer = await open('u1', `/pages/circle-post/index?orderId=${order.orderId}`);
    await composer.getByTestId('compose-product').waitFor();
    await composer
      .getByTestId('compose-words')
      .locator('textarea')
      .or(composer.locator('textarea[data-testid=compose-words]'))
      .first()
      .fill('保温杯装了开水，第二天早上还是烫的，杯盖也不漏，上班带着很方便。');
    await composer.getByTestId('compose-star-5').click();
    await screenshot(composer.context(), 'circle-compose');
    await composer.getByTestId('compose-submit').click();
    await composer.getByTestId('circle-focus').waitFor();
    await composer.getByTestId('post-stats').waitFor();
    expect(await composer.getByTestId('post-coupon').first().textContent()).toContain('还剩 5 张');
    await screenshot(composer.context(), 'circle-posted');

    const circle = await open('u2', '/pages/circle/index');
    await circle
      .getByTestId('circle-search-input')
      .locator('input')
      .or(circle.locator('input[data-testid=circle-search-input]'))
      .first()
      .fill('保温杯');
    await circle.getByTestId('circle-search').click();
    await circle.getByTestId('circle-heading').filter({ hasText: '「保温杯」的推荐' }).waitFor();
    const card = circle.getByTestId('post-card').filter({ hasText: '第二天早上还是烫的' });
    await card.waitFor();
    expect(await card.getByTestId('post-product').textContent()).toContain('316 不锈钢真空保温杯');
    await screenshot(circle.context(), 'circle-search');
    await card.getByTestId('post-claim').click();
    await card.getByTestId('post-claimed').waitFor();
    expect(await card.getByTestId('post-coupon').textContent()).toContain('还剩 4 张');
    await screenshot(circle.context(), 'circle-claimed');

    await card.getByTestId('post-ask').click();
    expect(await circle.getByTestId('ask-title').textContent()).toBe(
      '我看到你推荐的316 不锈钢真空保温杯，好用吗？',
    );
    await screenshot(circle.context(), 'circle-ask');

    const { coupons } = (await api(journey.host, 'coupon', { action: 'list' }, 'u2')).data;
    const friendCoupon = coupons.find((c: { reason: string }) => c.reason === 'circle');
    expect(friendCoupon).toBeDefined();
    const paid = await checkout('u2', { campaignId: 'demo-circle', couponId: friendCoupon.id });
    expect(paid).toMatchObject({ discountFen: 1000 });

    const mine = await open('u1', '/pages/circle-post/index');
    await mine.getByTestId('my-post-stats').filter({ hasText: '用了 1 张' }).waitFor();
    expect(await mine.getByTestId('my-post-stats').textContent()).toContain('经验 +10');
    await screenshot(mine.context(), 'circle-mine', true);
    const after = await api(
      journey.host,
      'invite',
      { action: 'progress', campaignId: 'demo-circle' },
      'u1',
    );
    expect(after.data.pending.coupon_used).toBe((before.data.pending.coupon_used ?? 0) + 1);
  });
});
