import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

/**
 * Debian's chromium, never a downloaded browser (`CHROMIUM_PATH` may point elsewhere). The
 * flags keep it from reaching for the network (closed here, and each refused connection
 * slows it) and from needing a sandbox or a GPU; every launch gets a fresh temporary profile.
 * The browser tests, the benches and the merchant's preview all launch it here.
 */
export function launchChromium(
  options: Omit<LaunchOptions, 'executablePath' | 'args'> = {},
): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ...options,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
