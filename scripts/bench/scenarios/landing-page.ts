import path from 'node:path';
import { devices, type Browser } from 'playwright-core';
import { launchChromium } from '../../lib/chromium';
import { installLandingMarks, type LandingMarks } from '../lib/landing-marks';
import { fmt, type BenchContext, type ScenarioReport } from '../lib/report';
import { runNodeQuietly } from '../lib/run-quietly';
import { startAppHost } from '../lib/start-app-host';
import { median } from '../lib/stats';

const CPU_SLOWDOWN = 4;
const PAGE = '/#/pages/landing/index?campaignId=demo-bargain';

interface Load {
  titleMs: number;
  interactiveMs: number;
  fcpMs: number;
  domContentLoadedMs: number;
  transferKb: number;
  /** function.action → calls */
  calls: Record<string, number>;
  /** Function calls sent before the CTA became usable. */
  callsBeforeInteractive: number;
}

/** One visit by a new persona in a fresh context (empty cache), on a 4× slower CPU. */
async function loadOnce(browser: Browser, url: string, persona: string): Promise<Load> {
  const { defaultBrowserType: _ignored, ...iPhone } = devices['iPhone 13'];
  const context = await browser.newContext({
    ...iPhone,
    viewport: { width: 375, height: 667 },
    locale: 'zh-CN',
  });
  try {
    // Taro's H5 storage keeps values as {"data": …} in localStorage.
    await context.addInitScript((id) => {
      window.localStorage.setItem('fission:persona', JSON.stringify({ data: id }));
    }, persona);
    await context.addInitScript(installLandingMarks);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

    const calls: Record<string, number> = {};
    page.on('request', (request) => {
      const match = /\/api\/([^/?#]+)/.exec(new URL(request.url()).pathname);
      if (!match) return;
      let action = '?';
      try {
        action = String((request.postDataJSON() as { action?: unknown } | null)?.action ?? '?');
      } catch {
        // not JSON: counted under '?'
      }
      const key = `${match[1]}.${action}`;
      calls[key] = (calls[key] ?? 0) + 1;
    });

    await page.goto(`${url}${PAGE}`, { waitUntil: 'commit' });
    try {
      await page.waitForFunction(() => window.__fissionBench?.interactiveMs !== undefined, null, {
        timeout: 60_000,
        polling: 100,
      });
    } catch (error) {
      // Say what the page showed instead (an error state, a half-written build, …).
      const seen = await page
        .evaluate(() => ({
          marks: window.__fissionBench,
          text: document.body?.innerText.replace(/\s+/g, ' ').slice(0, 200),
        }))
        .catch(() => undefined);
      throw new Error(
        `the landing CTA never became usable: ${(error as Error).message.split('\n')[0]}; page: ${JSON.stringify(seen)}; calls: ${JSON.stringify(calls)}`,
      );
    }
    // Calls the page makes after it became usable (e.g. recording the visit) still count.
    await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => {});
    const measured = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0] as
        PerformanceNavigationTiming | undefined;
      const fcp = performance.getEntriesByName('first-contentful-paint')[0];
      const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
      return {
        marks: window.__fissionBench ?? {},
        fcpMs: fcp?.startTime ?? Number.NaN,
        domContentLoadedMs: nav?.domContentLoadedEventEnd ?? Number.NaN,
        transferBytes:
          (nav?.transferSize ?? 0) + resources.reduce((sum, r) => sum + r.transferSize, 0),
      };
    });
    const marks: LandingMarks = measured.marks;
    return {
      titleMs: marks.titleMs ?? Number.NaN,
      interactiveMs: marks.interactiveMs ?? Number.NaN,
      callsBeforeInteractive: marks.callsBeforeInteractive ?? Number.NaN,
      fcpMs: measured.fcpMs,
      domContentLoadedMs: measured.domContentLoadedMs,
      transferKb: measured.transferBytes / 1024,
      calls,
    };
  } finally {
    await context.close();
  }
}

/** Scenario 6: the H5 landing page in Debian chromium, phone-sized, CPU throttled. */
export async function landingPage(context: BenchContext): Promise<ScenarioReport> {
  const { options, root, log } = context;
  const loads = options.quick ? 2 : 5;
  log('landing ensuring the H5 build is current (taro build when stale)');
  runNodeQuietly(root, [path.join(root, 'scripts/ensure-build.mjs'), 'h5']);
  const host = await startAppHost(root);
  let browser: Browser | undefined;
  const results: Load[] = [];
  try {
    log(`landing host up at ${host.url}; chromium, ${CPU_SLOWDOWN}× CPU slowdown`);
    browser = await launchChromium();
    // The first visit also warms the host (JIT, PGlite caches); it is not counted.
    await loadOnce(browser, host.url, `bench-warm-${Date.now().toString(36)}`);
    for (let i = 1; i <= loads; i += 1) {
      const load = await loadOnce(browser, host.url, `bench-v${i}-${Date.now().toString(36)}`);
      results.push(load);
      log(
        `landing load ${i}/${loads}: title ${fmt.ms(load.titleMs)} ms, interactive ${fmt.ms(load.interactiveMs)} ms, ` +
          `FCP ${fmt.ms(load.fcpMs)} ms, ${fmt.kb(load.transferKb * 1024)} KB, calls ${JSON.stringify(load.calls)}`,
      );
    }
  } finally {
    await browser?.close();
    await host.stop();
  }

  const med = (pick: (l: Load) => number) => median(results.map(pick));
  const summary = {
    titleMs: med((l) => l.titleMs),
    interactiveMs: med((l) => l.interactiveMs),
    fcpMs: med((l) => l.fcpMs),
    domContentLoadedMs: med((l) => l.domContentLoadedMs),
    transferKb: med((l) => l.transferKb),
    callsBeforeInteractive: med((l) => l.callsBeforeInteractive),
  };
  const keys = [...new Set(results.flatMap((l) => Object.keys(l.calls)))].sort();
  const calls = Object.fromEntries(keys.map((k) => [k, med((l) => l.calls[k] ?? 0)]));
  const totalCalls = med((l) => Object.values(l.calls).reduce((a, b) => a + b, 0));

  return {
    name: 'landing',
    sections: [
      {
        title: `6. landing page (demo-bargain) in chromium, 375×667, ${CPU_SLOWDOWN}× CPU slowdown (median of ${loads} loads)`,
        columns: ['metric', 'value'],
        rows: [
          ['first contentful paint', `${fmt.ms(summary.fcpMs)} ms`],
          ['DOMContentLoaded', `${fmt.ms(summary.domContentLoadedMs)} ms`],
          ['landing title rendered', `${fmt.ms(summary.titleMs)} ms`],
          ['CTA enabled (interactive)', `${fmt.ms(summary.interactiveMs)} ms`],
          ['transferred', `${fmt.kb(summary.transferKb * 1024)} KB`],
          ['function calls before the CTA was usable', fmt.count(summary.callsBeforeInteractive)],
          ['function calls in all', fmt.count(totalCalls)],
          ...keys.map((k) => [`  ${k}`, fmt.count(calls[k] ?? Number.NaN)]),
        ],
        notes: [
          'times from navigation start; each load is a new persona in a fresh context (cold cache).',
          'title/CTA: when a MutationObserver saw them in the document, laid out (and the CTA not disabled).',
        ],
      },
    ],
    data: { loads: results, summary, calls, totalCalls, cpuSlowdown: CPU_SLOWDOWN },
  };
}
