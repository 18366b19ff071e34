import type { Page } from 'playwright-core';
import { screenshot } from './support/browser';
import { api } from './support/host';
import { hostAndBrowser } from './support/journey';

/**
 * The whole viral loop in a real browser, through the real host: A starts demo-bargain from
 * its landing page and shares it; ten friends open the share link and help; A sees the
 * bargain completed and the reward in the wallet; a friend starts their own.
 */
describe('the bargain loop, in a phone-sized chromium', () => {
  const journey = hostAndBrowser();
  const open = journey.open;

  test('A starts and shares, ten friends help, A is rewarded once, a friend starts their own', async () => {
    const a = await open('u1', '/pages/landing/index?campaignId=demo-bargain');
    const cta = a.getByTestId('landing-cta');
    await cta.waitFor();
    const box = await cta.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(667);

    const shared = a.waitForResponse(
      (r) => r.url().endsWith('/api/invite') && (r.request().postData() ?? '').includes('"share"'),
    );
    await cta.click();
    await a.getByText('邀请好友帮砍').first().waitFor();
    const share = (await (await shared).json()) as { data: { token: string } };
    const mine = await api(
      journey.host,
      'bargain',
      { action: 'mine', campaignId: 'demo-bargain' },
      'u1',
    );
    const bargainId: string = mine.data.bargains[0].id;
    await screenshot(a.context(), 'loop-1-initiator-started');

    // Back on the landing page, A is led to the bargain they have, not offered another start.
    const again = await open('u1', '/pages/landing/index?campaignId=demo-bargain');
    const mineCta = again.getByTestId('landing-cta');
    await mineCta.getByText('查看我的砍价').waitFor();
    await mineCta.click();
    await again.waitForURL(new RegExp(`bargainId=${bargainId}`));
    await again.context().close();

    const sharePath = `/pages/bargain/index?bargainId=${bargainId}&token=${share.data.token}`;
    const friends = ['u2', 'u3', 'u4', 'u5', 'u6', 'u7', 'u8', 'u9', 'u10', 'u11'];
    let first: Page | undefined;
    for (const [i, friend] of friends.entries()) {
      const page = await open(friend, sharePath);
      const help = page.getByText('帮 TA 砍一刀').last();
      await help.waitFor();
      if (i === 0) await screenshot(page.context(), 'loop-2-friend-view');
      await help.click();
      await page.getByText(/你帮好友砍掉 ¥\d+(\.\d{1,2})?/).waitFor();
      if (i === 0) {
        await screenshot(page.context(), 'loop-3-friend-helped');
        first = page;
      } else {
        await page.context().close();
      }
    }

    await a.reload();
    await a.getByText('砍价成功').first().waitFor();
    await screenshot(a.context(), 'loop-4-initiator-completed');
    await a.goto(`${journey.host.url}/#/pages/coupons/index`);
    await a.getByText('砍价券').first().waitFor();
    await screenshot(a.context(), 'loop-5-wallet');

    const coupons = await api(journey.host, 'coupon', { action: 'list' }, 'u1');
    const rewards = coupons.data.coupons.filter(
      (c: { reason: string }) => c.reason === 'bargain_reward',
    );
    expect(rewards).toEqual([expect.objectContaining({ valueFen: 9800, status: 'issued' })]);

    const progress = await api(
      journey.host,
      'invite',
      { action: 'progress', campaignId: 'demo-bargain' },
      'u1',
    );
    // All ten friends come from 127.0.0.1 here, so the same-IP rule holds arrivals from the
    // third on for the merchant's review; their helps are real actions and count.
    expect(progress.data.counted).toMatchObject({ arrived: 2, helped: 10 });
    expect(progress.data.pending).toMatchObject({ arrived: 8 });

    // The viral loop: the first friend starts their own from the result screen (the page's cuts
    // have fen, so every amount on it prints two decimals).
    await first!.getByText('我也要 ¥1.00 拿').click();
    await first!.getByText('邀请好友帮砍').first().waitFor();
    await screenshot(first!.context(), 'loop-6-friend-started-own');
    const theirs = await api(
      journey.host,
      'bargain',
      { action: 'mine', campaignId: 'demo-bargain' },
      'u2',
    );
    expect(theirs.data.bargains).toHaveLength(1);
    const credited = await api(
      journey.host,
      'invite',
      { action: 'progress', campaignId: 'demo-bargain' },
      'u1',
    );
    expect(credited.data.counted.started).toBe(1);
  });
});
