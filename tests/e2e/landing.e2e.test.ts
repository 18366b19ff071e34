import { phoneAs, screenshot } from './support/browser';
import { hostAndBrowser } from './support/journey';

describe('landing page in a phone-sized chromium', () => {
  const journey = hostAndBrowser();

  test('demo-bargain shows its title, offer and call to action in the first screen', async () => {
    const context = await phoneAs(journey.browser, 'u1');
    const page = await context.newPage();
    await page.goto(`${journey.host.url}/#/pages/landing/index?campaignId=demo-bargain`);

    const title = page.getByTestId('landing-title');
    await title.waitFor();
    expect(await title.textContent()).toContain('好友帮砍，保温杯 ¥1 带回家');
    expect(await page.getByTestId('landing-offer').textContent()).toContain('¥99');

    const cta = page.getByTestId('landing-cta');
    const box = await cta.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(667);
    await screenshot(context, 'landing-demo-bargain');
    await context.close();
  });

  test('an unknown campaign shows the error state with a retry', async () => {
    const context = await phoneAs(journey.browser, 'u2');
    const page = await context.newPage();
    await page.goto(`${journey.host.url}/#/pages/landing/index?campaignId=no-such-campaign`);
    await page.getByText('重新加载').waitFor();
    await screenshot(context, 'landing-not-found');
    await context.close();
  });
});
