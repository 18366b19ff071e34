import fs from 'node:fs';
import path from 'node:path';
import { devices, type Browser, type BrowserContext } from 'playwright-core';
import { launchChromium } from '../../../scripts/lib/chromium';

/** Screenshots land in an ignored folder, kept by CI as artifacts. */
export const ARTIFACTS = path.resolve(__dirname, '../../../.artifacts/e2e');

export { launchChromium };

/** A phone (375×667-class viewport, touch) acting as one persona of the H5 build. */
export async function phoneAs(browser: Browser, persona: string): Promise<BrowserContext> {
  const { defaultBrowserType: _ignored, ...iPhone } = devices['iPhone 13'];
  const context = await browser.newContext({
    ...iPhone,
    viewport: { width: 375, height: 667 },
    locale: 'zh-CN',
  });
  // Taro's H5 storage keeps values as {"data": …} in localStorage.
  await context.addInitScript((id) => {
    window.localStorage.setItem('fission:persona', JSON.stringify({ data: id }));
  }, persona);
  return context;
}

export async function screenshot(
  context: BrowserContext,
  name: string,
  fullPage = false,
): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  const [page] = context.pages();
  if (!page) throw new Error('no page to capture');
  await page.screenshot({ path: file, fullPage });
  return file;
}
