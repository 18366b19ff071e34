import { phoneAs, screenshot } from './support/browser';
import { api } from './support/host';
import { hostAndBrowser } from './support/journey';

/** The share poster in the H5 build: a PNG drawn on a canvas, to download, not a view. */
describe('the share poster in chromium', () => {
  const journey = hostAndBrowser();

  test('生成分享海报 renders a PNG of the offer, and 下载海报 downloads it', async () => {
    const started = await api(
      journey.host,
      'bargain',
      { action: 'start', campaignId: 'demo-bargain' },
      'u1',
    );
    const context = await phoneAs(journey.browser, 'u1');
    const page = await context.newPage();
    await page.goto(
      `${journey.host.url}/#/pages/bargain/index?bargainId=${started.data.bargain.id}`,
    );
    await page.getByTestId('share-button').and(page.locator(':not([disabled])')).waitFor();
    await page.getByTestId('poster-toggle').click();

    const image = page.locator(
      '[data-testid="invite-poster-image"] img, img[data-testid="invite-poster-image"]',
    );
    await image.first().waitFor();
    const { src, width } = await image.first().evaluate(async (img: HTMLImageElement) => {
      await img.decode();
      return { src: img.src, width: img.naturalWidth };
    });
    expect(src.startsWith('data:image/png;base64,')).toBe(true);
    expect(width).toBeGreaterThanOrEqual(600);
    // Shown whole, in the poster's proportions (600 × 860), not cropped to a default height.
    const box = (await image.first().boundingBox())!;
    expect(box.height / box.width).toBeCloseTo(860 / 600, 1);
    expect(await page.getByTestId('invite-poster-link').textContent()).toMatch(/token=/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('invite-poster-save').click(),
    ]);
    expect(download.suggestedFilename()).toBe('fission-poster.png');
    await screenshot(context, 'poster-h5');
    await context.close();
  });
});
