import type { Browser, Page } from 'playwright-core';
import { launchChromium, phoneAs, screenshot } from './support/browser';
import { api, startHost, type RunningHost } from './support/host';

const DAY_MS = 24 * 3_600_000;

/**
 * Promises a page makes, kept as the shopper walks them: 超时未完成可重新发起 on an expired
 * bargain leads to a new bargain, and 仅剩 N 张 moves with every claim.
 */
describe('promises and numbers, in a phone-sized chromium', () => {
  let host: RunningHost | undefined;
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  const open = async (persona: string, route: string): Promise<Page> => {
    const context = await phoneAs(browser, persona);
    const page = await context.newPage();
    await page.goto(`${host!.url}/#${route}`);
    return page;
  };

  test('an expired bargain offers 重新发起, and the tap opens a new bargain', async () => {
    host = await startHost();
    const started = await api(
      host,
      'bargain',
      { action: 'start', campaignId: 'demo-bargain' },
      'u1',
    );
    const expiredId: string = started.data.bargain.id;
    const { dataDir } = host;
    await host.stop();
    host = await startHost({ FISSION_CLOCK_OFFSET_MS: String(DAY_MS + 60_000) }, { dataDir });

    const page = await open('u1', `/pages/bargain/index?bargainId=${expiredId}`);
    const outcome = page.getByTestId('initiator-outcome');
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('砍价已过期，未在时间内砍到底价');
    expect(await outcome.textContent()).toContain('重新发起后，好友可以再帮你砍');
    const restart = page.getByTestId('restart');
    expect(await restart.isEnabled()).toBe(true);
    const box = await restart.boundingBox();
    expect(box!.y + box!.height).toBeLessThanOrEqual(667);
    await screenshot(page.context(), 'promises-1-expired-restart');

    await restart.click();
    await page.waitForURL(
      (url) => url.hash.includes('bargainId=') && !url.hash.includes(expiredId),
    );
    await page.getByText('邀请好友帮砍').first().waitFor();
    expect(await page.getByTestId('start-error').count()).toBe(0);
    await screenshot(page.context(), 'promises-2-restarted');
    await page.context().close();
    await host.stop();
    host = undefined;
  });

  test('仅剩 N 张 on the landing page is the budget left, and drops after a claim', async () => {
    host = await startHost();
    const page = await open('u2', '/pages/landing/index?campaignId=demo-welcome');
    const stock = page.getByTestId('landing-stock');
    await stock.waitFor();
    expect(await stock.textContent()).toBe('仅剩 100 张');
    await api(host, 'coupon', { action: 'claim', templateId: 'demo-welcome' }, 'u3');
    await api(host, 'coupon', { action: 'claim', templateId: 'demo-welcome' }, 'u4');
    await page.reload();
    await stock.waitFor();
    expect(await stock.textContent()).toBe('仅剩 98 张');
    await screenshot(page.context(), 'promises-3-live-stock', true);
    await page.context().close();
  });
});
