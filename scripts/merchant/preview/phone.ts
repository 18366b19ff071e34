import { devices, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { launchChromium } from '../../lib/chromium';
import { extractTextLines } from './extract-text-lines';

/** The phone the merchant sees: an iPhone-class 375×667 screen at 2× (750×1334 PNGs). */
const VIEWPORT = { width: 375, height: 667 };
const READY_TIMEOUT_MS = 15_000;
const IDLE_TIMEOUT_MS = 5_000;
/** A page taller than this is cut: a screenshot is a preview, not an archive. */
const MAX_FULL_HEIGHT = 8_000;

/** One function call the page made and what the host answered, as the page received it. */
export interface ServedCall {
  name: string;
  event: { action?: string; [param: string]: unknown };
  result: unknown;
}

/** A phone-sized chromium for the preview (see launchChromium). */
export async function launchPhone(): Promise<Phone> {
  // Ctrl-C is the preview's to handle: it closes the browser and stops the host, then exits.
  // Playwright's own handler would exit first and leave the host running.
  const browser = await launchChromium({
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  return new Phone(browser);
}

export class Phone {
  constructor(private readonly browser: Browser) {}

  /**
   * Opens `hostUrl + route` as `persona` (the H5 build's dev identity, kept by Taro's storage
   * as {"data": …}) in a fresh context, and waits until every `ready` selector is visible.
   */
  async open(options: {
    hostUrl: string;
    route: string;
    persona: string;
    ready: string[];
  }): Promise<Screen> {
    const { defaultBrowserType: _ignored, ...iPhone } = devices['iPhone 13'];
    const context = await this.browser.newContext({
      ...iPhone,
      viewport: VIEWPORT,
      deviceScaleFactor: 2,
      locale: 'zh-CN',
      timezoneId: 'Asia/Shanghai',
    });
    await context.addInitScript((id) => {
      window.localStorage.setItem('fission:persona', JSON.stringify({ data: id }));
    }, options.persona);
    const page = await context.newPage();
    const screen = new Screen(context, page);
    const response = await page.goto(`${options.hostUrl}${options.route}`);
    if (response && !response.ok()) {
      await context.close();
      throw new Error(
        `the host answered ${response.status()} for the H5 app: is dist-h5 missing, or being rebuilt by another process?`,
      );
    }
    // The persona chip is an H5 dev tool; the WeChat build has none, so the merchant sees none.
    await page.addStyleTag({ content: '.persona-switcher { display: none !important; }' });
    await screen.waitReady(options.ready);
    return screen;
  }

  async close(): Promise<void> {
    await this.browser.close();
  }
}

export class Screen {
  private readonly calls: Promise<ServedCall | null>[] = [];

  constructor(
    readonly context: BrowserContext,
    readonly page: Page,
  ) {
    page.on('response', (response) => {
      const match = /\/api\/([a-z]+)$/.exec(new URL(response.url()).pathname);
      if (!match?.[1] || response.request().method() !== 'POST') return;
      const name = match[1];
      this.calls.push(
        response.json().then(
          (result: unknown) => ({
            name,
            event: (response.request().postDataJSON() ?? {}) as ServedCall['event'],
            result,
          }),
          () => null,
        ),
      );
    });
  }

  /** Every visible `selectors`, then the network quiet, the fonts loaded. */
  async waitReady(selectors: string[]): Promise<void> {
    for (const selector of selectors) {
      await this.page
        .locator(selector)
        .first()
        .waitFor({ state: 'visible', timeout: READY_TIMEOUT_MS })
        .catch(async () => {
          const text = (await this.lines().catch(() => [])).join(' | ').slice(0, 400);
          throw new Error(
            `${selector} did not appear on ${this.page.url()} within ${READY_TIMEOUT_MS / 1000} s; the page shows: ${text || '(nothing)'}`,
          );
        });
    }
    await this.page.waitForLoadState('networkidle', { timeout: IDLE_TIMEOUT_MS }).catch(() => {
      // A page that keeps polling is still worth a picture.
    });
    await this.page.evaluate(() => document.fonts.ready.then(() => undefined));
  }

  /** Waits (a while at most) until `selector` has gone, e.g. a toast that covers the page. */
  async waitGone(selector: string): Promise<void> {
    await this.page
      .locator(selector)
      .first()
      .waitFor({ state: 'hidden', timeout: READY_TIMEOUT_MS })
      .catch(() => {
        // Still there: the picture shows it, which is no reason to stop the preview.
      });
  }

  /** Taps the first `selector` (as a finger would) and waits for `ready`. */
  async tap(selector: string, ready: string[]): Promise<void> {
    await this.page.locator(selector).first().tap();
    await this.waitReady(ready);
  }

  /** The page's text lines (see extractTextLines), from the current page's root. */
  async lines(): Promise<string[]> {
    const root = this.page.locator('.taro_page').last();
    if ((await root.count()) === 0) return this.page.locator('body').evaluate(extractTextLines);
    return root.evaluate(extractTextLines);
  }

  /** The function calls the page made so far, with the answers it got. */
  async served(): Promise<ServedCall[]> {
    const calls = await Promise.all(this.calls);
    return calls.filter((call): call is ServedCall => call !== null);
  }

  /** What the phone's screen shows now. */
  async shoot(file: string): Promise<void> {
    await this.page.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
  }

  /**
   * The whole page. Taro's H5 page scrolls inside its own container, so Playwright's fullPage
   * would still show one screen: the viewport grows to the content's height instead.
   */
  async shootFull(file: string): Promise<void> {
    const contentHeight = () =>
      this.page.evaluate(() => {
        const page = document.querySelector('.taro_page');
        return Math.max(page?.scrollHeight ?? 0, document.documentElement.scrollHeight);
      });
    let height = VIEWPORT.height;
    // Growing the viewport can grow min-height content with it: settle on a stable height.
    for (let i = 0; i < 3; i += 1) {
      const next = Math.min(Math.max(await contentHeight(), VIEWPORT.height), MAX_FULL_HEIGHT);
      if (next === height) break;
      height = next;
      await this.page.setViewportSize({ width: VIEWPORT.width, height });
      await this.page.evaluate(
        () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())),
      );
    }
    await this.shoot(file);
    await this.page.setViewportSize(VIEWPORT);
  }

  async close(): Promise<void> {
    await this.context.close();
  }
}
