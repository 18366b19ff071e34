import type { Browser } from 'playwright-core';
import { aPunishEvent, aWarningEvent } from '../support/builders/wechat-push';
import { launchChromium, phoneAs, screenshot } from './support/browser';
import { startHost, type RunningHost } from './support/host';

/**
 * WeChat's warnings in a phone-sized chromium: pushed through the host's /dev/wechat-push as
 * WeChat would push them, read by the merchant at the very top of the stats page.
 */
describe('a WeChat notice on the stats page', () => {
  let host: RunningHost;
  let browser: Browser;
  beforeAll(async () => {
    host = await startHost();
    browser = await launchChromium();
    const push = (event: unknown) =>
      fetch(`${host.url}/dev/wechat-push`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(event),
      });
    await push(aWarningEvent({ punish_id: 'e2e-warning' }));
    await push(aPunishEvent({ punish_id: 'e2e-ban' }));
  });
  afterAll(async () => {
    await browser?.close();
    await host?.stop();
  });

  test('the merchant sees both notices first, the ban’s pauses and how to resume', async () => {
    const context = await phoneAs(browser, 'merchant');
    const page = await context.newPage();
    await page.goto(`${host.url}/#/pages/stats/index?campaignId=demo-bargain`);
    // The notices, the campaign list and the stats load side by side: wait for each.
    await page.getByTestId('viral-card').waitFor();
    await page.getByTestId('wechat-notices').waitFor();

    const titles = await page.getByTestId('notice-title').allTextContents();
    expect(titles.sort()).toEqual(['微信平台通知：功能封禁', '微信平台通知：违规警告']);
    const banner = await page.getByTestId('wechat-notices').boundingBox();
    const viral = await page.getByTestId('viral-card').boundingBox();
    expect(banner!.y).toBeLessThan(viral!.y);
    const text = await page.getByTestId('wechat-notices').textContent();
    expect(text).toContain(
      '请在 2026-03-08 10:00 前完成整改，否则将封禁功能：分享 7 天、搜索 30 天',
    );
    expect(text).toContain('好友帮砍，保温杯 ¥1 带回家demo-bargain · 暂停中');
    expect(text).toContain('npm run campaign -- resume');
    // Nothing spills sideways on a 375 px phone, long links and ids included.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(context, 'stats-wechat-notice');
    // The warning below the ban, scrolled into view.
    await page.getByTestId('wechat-notice').nth(1).scrollIntoViewIfNeeded();
    await screenshot(context, 'stats-wechat-notice-warning');
    await context.close();
  });

  test('a shopper sees no notices', async () => {
    const context = await phoneAs(browser, 'u1');
    const page = await context.newPage();
    await page.goto(`${host.url}/#/pages/stats/index?campaignId=demo-bargain`);
    await page.getByText('仅商家可查看').waitFor();
    expect(await page.getByTestId('wechat-notices').count()).toBe(0);
    await context.close();
  });
});
