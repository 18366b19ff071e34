// Loads the real `taro build --type weapp` output (dist/) into miniprogram-simulate. Taro
// pages are `Page()`s that expect an App and WeChat globals, which the simulator (built for
// custom components) lacks; this file supplies them, per TECH-NOTES "Testing the mini-program".
import fs from 'node:fs';
import path from 'node:path';
import simulate from 'miniprogram-simulate';

export const DIST = path.resolve(__dirname, '../../../dist');

/** The 40 MB default is too small for Taro's recursive base.wxml compiled by the official compiler. */
const COMPILER_MAX_BUFFER = 256 * 1024 * 1024;

export interface CallFunctionParams {
  name: string;
  data: { action: string; [param: string]: unknown };
}

export type CloudCallFunction = (params: CallFunctionParams) => Promise<{ result: unknown }>;

export interface WeappOptions {
  /** Stands in for `wx.cloud.callFunction`: the server behind the page. */
  callFunction: CloudCallFunction;
}

type Options = Record<string, unknown>;
type PageInstance = Options & { route?: string };

export interface LoadedPage {
  /** The page's root component; query Taro's deep nodes with `comp >>> .selector`. */
  root: simulate.Component<any, any, any>;
  /** All rendered text of the page, across Taro's recursive `comp` components. */
  text(): string;
  /** The first node matching `selector`, at template depth or inside `comp`. */
  find(selector: string): simulate.Component<any, any, any> | undefined;
  unload(): void;
}

const pageStack: PageInstance[] = [];
let launched = false;

function installGlobals(options: WeappOptions): void {
  const g = globalThis as unknown as Options;
  const wx = (g.wx ?? {}) as Options;
  // Taro reads the system info at start-up; without it taps silently stop updating the view.
  wx.getSystemInfoSync = () => ({
    platform: 'devtools',
    model: 'iPhone 13',
    pixelRatio: 3,
    windowWidth: 390,
    windowHeight: 844,
    screenWidth: 390,
    screenHeight: 844,
    statusBarHeight: 47,
    language: 'zh_CN',
    version: '8.0.50',
    SDKVersion: '3.5.0',
  });
  wx.cloud = {
    init: () => undefined,
    callFunction: (params: CallFunctionParams) => options.callFunction(params),
  };
  g.wx = wx;
  g.getCurrentPages = () => pageStack.slice();
  g.getApp = () => app;
}

let app: Options | undefined;

/**
 * Runs dist/app.js once per test file (it holds the webpack runtime and the React root) and
 * calls its onLaunch. Later calls only swap the function stub.
 */
export function launchApp(options: WeappOptions): void {
  installGlobals(options);
  if (launched) return;
  if (!fs.existsSync(path.join(DIST, 'app.js'))) {
    throw new Error('dist/app.js is missing: run `node scripts/ensure-build.mjs weapp` first');
  }
  const g = globalThis as unknown as Options;
  g.App = (appOptions: Options) => {
    app = appOptions;
  };
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require(path.join(DIST, 'app.js'));
  if (!app) throw new Error('dist/app.js did not call App()');
  const lifecycle = app as { onLaunch?: (o: Options) => void; onShow?: (o: Options) => void };
  const launchOptions = { path: 'pages/landing/index', query: {}, scene: 1001 };
  lifecycle.onLaunch?.call(app, launchOptions);
  lifecycle.onShow?.call(app, launchOptions);
  launched = true;
}

/**
 * Page → Component shim: the page's functions become methods, and `attached` plays the
 * page lifecycle a real navigation would (onLoad with the query, then onShow and onReady).
 */
function installPageShim(route: string): void {
  const g = globalThis as unknown as Options & { Component: (o: Options) => void };
  g.Page = (pageOptions: Options) => {
    const { data, ...rest } = pageOptions;
    const methods: Options = {};
    for (const [key, value] of Object.entries(rest)) {
      if (typeof value === 'function') methods[key] = value;
    }
    g.Component({
      data: data ?? {},
      methods,
      lifetimes: {
        attached(this: PageInstance & Record<string, (...args: unknown[]) => void>) {
          this.route = route;
          pageStack.push(this);
          this.onLoad?.({ ...nextQuery });
          this.onShow?.();
          this.onReady?.();
        },
        detached(this: PageInstance & Record<string, (...args: unknown[]) => void>) {
          this.onUnload?.();
          pageStack.splice(pageStack.indexOf(this), 1);
        },
      },
    });
  };
}

// jest caches the page module, so its Page() call (and our registration) happens once per
// test file: the component id is reused and the query travels through this variable.
const pageIds = new Map<string, string>();
let nextQuery: Record<string, string> = {};

/** Loads and attaches one page of the build, as if opened with `?query`. */
export function loadPage(route: string, query: Record<string, string> = {}): LoadedPage {
  if (!launched) throw new Error('call launchApp() before loadPage()');
  let id = pageIds.get(route);
  if (!id) {
    installPageShim(route);
    id = simulate.load(path.join(DIST, route), {
      compiler: 'official',
      rootPath: DIST,
      compilerOptions: { maxBuffer: COMPILER_MAX_BUFFER },
    });
    pageIds.set(route, id);
  }
  nextQuery = query;
  const root = simulate.render(id);
  const parent = document.createElement('parent-wrapper');
  document.body.appendChild(parent);
  root.attach(parent);

  return {
    root,
    text: () => root.dom?.textContent ?? '',
    find: (selector) => root.querySelector(selector) ?? root.querySelector(`comp >>> ${selector}`),
    unload: () => {
      root.detach();
      parent.remove();
    },
  };
}

/** Polls until `check` stops throwing; Taro renders asynchronously after setData. */
export async function waitFor<T>(check: () => T, timeoutMs = 5000, intervalMs = 20): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return check();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, intervalMs));
    }
  }
}
