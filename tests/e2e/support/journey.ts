import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, phoneAs } from './browser';
import { startHost, type RunningHost } from './host';

export interface Journey {
  readonly host: RunningHost;
  readonly browser: Browser;
  /** A fresh phone-sized context as `persona`, opened at a hash route of the H5 app. */
  open(persona: string, route: string): Promise<Page>;
  /** Stops the host and starts it again on the same data, e.g. with its clock moved. */
  restart(env: Record<string, string>): Promise<void>;
}

/**
 * The host (as `npm start` runs it, on a fresh data dir) and chromium for one suite, both
 * started at once and each kept as soon as it is up, so that afterAll stops whatever came up
 * even when the other failed or the hook timed out (a host left running keeps jest from
 * exiting); the data dir is removed at the end.
 */
export function hostAndBrowser(env: Record<string, string> = {}): Journey {
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  let dataDir: string | undefined;
  let starting: Promise<unknown> = Promise.resolve();
  beforeAll(async () => {
    const up = [
      startHost(env).then((running) => {
        host = running;
        dataDir = running.dataDir;
      }),
      launchChromium().then((launched) => {
        browser = launched;
      }),
    ];
    starting = Promise.allSettled(up);
    await Promise.all(up);
  });
  afterAll(async () => {
    await starting;
    await browser?.close();
    await host?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });
  const journey: Journey = {
    get host() {
      if (!host) throw new Error('the host is not up');
      return host;
    },
    get browser() {
      if (!browser) throw new Error('chromium is not up');
      return browser;
    },
    async open(persona, route) {
      const context = await phoneAs(journey.browser, persona);
      const page = await context.newPage();
      await page.goto(`${journey.host.url}/#${route}`);
      return page;
    },
    async restart(restartEnv) {
      const previous = journey.host;
      await previous.stop();
      host = undefined;
      host = await startHost({ ...env, ...restartEnv }, { dataDir: previous.dataDir });
    },
  };
  return journey;
}
