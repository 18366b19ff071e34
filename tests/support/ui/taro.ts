// A mock of @tarojs/taro for DOM tests: navigation and toasts are spies, storage is an
// in-memory Map, the router is whatever the test set, lifecycle hooks run as effects, page
// scrolls are fired by the test and node rects are whatever the test set.
import { useEffect, useRef } from 'react';

const storage = new Map<string, unknown>();
let routerParams: Record<string, string | undefined> = {};
let routerPath = '/pages/landing/index';
type ScrollListener = (event: { scrollTop: number }) => void;
const scrollListeners = new Set<{ current: ScrollListener }>();
let pageScrollTop = 0;
const nodeRects = new Map<string, { top: number; bottom: number; height: number }>();

type QueryStep = () => unknown;

/** Answers with the rects set by `setNodeRect` (null when unset), asynchronously like WeChat. */
function createSelectorQuery() {
  const steps: QueryStep[] = [];
  const query = {
    select: (selector: string) => ({
      boundingClientRect: () => {
        steps.push(() => {
          const rect = nodeRects.get(selector);
          // Like boundingClientRect: relative to the viewport, so it moves with the scroll.
          return rect
            ? {
                top: rect.top - pageScrollTop,
                bottom: rect.bottom - pageScrollTop,
                height: rect.height,
              }
            : null;
        });
        return query;
      },
      // No canvas node in jsdom: a WeChat canvas 2d finds nothing and keeps the text poster.
      fields: () => {
        steps.push(() => null);
        return query;
      },
    }),
    selectViewport: () => ({
      scrollOffset: () => {
        steps.push(() => ({ scrollTop: pageScrollTop, scrollLeft: 0 }));
        return query;
      },
    }),
    exec: (callback?: (results: unknown[]) => void) => {
      void Promise.resolve().then(() => callback?.(steps.map((step) => step())));
    },
  };
  return query;
}

const ok = () => Promise.resolve({ errMsg: 'ok' });

const Taro = {
  navigateTo: jest.fn(ok),
  redirectTo: jest.fn(ok),
  reLaunch: jest.fn(ok),
  switchTab: jest.fn(ok),
  navigateBack: jest.fn(ok),
  showToast: jest.fn(ok),
  hideToast: jest.fn(ok),
  showLoading: jest.fn(ok),
  hideLoading: jest.fn(ok),
  showModal: jest.fn(() => Promise.resolve({ confirm: true, cancel: false, errMsg: 'ok' })),
  setNavigationBarTitle: jest.fn(ok),
  setClipboardData: jest.fn(ok),
  requestSubscribeMessage: jest.fn(ok),
  getLaunchOptionsSync: jest.fn(() => ({ path: 'pages/landing/index', query: {}, scene: 1007 })),
  createSelectorQuery: jest.fn(createSelectorQuery),
  // The album: nothing granted or asked for yet (WeChat leaves the scope out of authSetting).
  getSetting: jest.fn(() => Promise.resolve({ authSetting: {}, errMsg: 'ok' })),
  authorize: jest.fn(ok),
  openSetting: jest.fn(() => Promise.resolve({ authSetting: {}, errMsg: 'ok' })),
  saveImageToPhotosAlbum: jest.fn(ok),
  canvasToTempFilePath: jest.fn(() =>
    Promise.resolve({ tempFilePath: 'wxfile://tmp/poster.png', errMsg: 'ok' }),
  ),
  getSystemInfoSync: jest.fn(() => ({ pixelRatio: 2 })),
  getStorageSync: jest.fn((key: string) => (storage.has(key) ? storage.get(key) : '')),
  setStorageSync: jest.fn((key: string, value: unknown) => {
    storage.set(key, value);
  }),
  removeStorageSync: jest.fn((key: string) => {
    storage.delete(key);
  }),
  cloud: {
    init: jest.fn(),
    callFunction: jest.fn(),
  },
};

export default Taro;

export function useRouter() {
  return { params: routerParams, path: routerPath };
}

export function getCurrentInstance() {
  return { router: { params: routerParams, path: routerPath }, page: null };
}

/** Sets what `useRouter()` returns for the next render, like opening a page with a query. */
export function setRouter(params: Record<string, string | undefined>, path = routerPath): void {
  routerParams = params;
  routerPath = path;
}

function useOnMount(callback: () => void) {
  useEffect(() => callback(), []);
}

export const useLoad = useOnMount;
export const useLaunch = useOnMount;
export const useDidShow = useOnMount;
export const useReady = useOnMount;
export function useDidHide(_callback: () => void) {}
export function useUnload(_callback: () => void) {}
export function usePullDownRefresh(_callback: () => void) {}
export function useReachBottom(_callback: () => void) {}

export function usePageScroll(callback: ScrollListener) {
  const latest = useRef(callback);
  latest.current = callback;
  useEffect(() => {
    scrollListeners.add(latest);
    return () => {
      scrollListeners.delete(latest);
    };
  }, []);
}

/** Plays a page scroll to `scrollTop`, as WeChat's onPageScroll would report it. */
export function firePageScroll(scrollTop: number): void {
  pageScrollTop = scrollTop;
  for (const listener of scrollListeners) listener.current({ scrollTop });
}

/** Where a node sits relative to the viewport when the page is scrolled to the top. */
export function setNodeRect(selector: string, rect: { top: number; bottom: number }): void {
  nodeRects.set(selector, { ...rect, height: rect.bottom - rect.top });
}

/** Captures the page's share handler; `shareHandler()` returns the latest one registered. */
export const useShareAppMessage = jest.fn();
export function useShareTimeline(_callback: () => unknown) {}

export const navigateTo = Taro.navigateTo;
export const redirectTo = Taro.redirectTo;
export const showToast = Taro.showToast;
export const getStorageSync = Taro.getStorageSync;
export const setStorageSync = Taro.setStorageSync;

/** What a tap on the share menu would call: the handler from the latest render. */
export function shareHandler(): () => unknown {
  const calls = useShareAppMessage.mock.calls;
  const handler = calls[calls.length - 1]?.[0] as (() => unknown) | undefined;
  if (!handler) throw new Error('the page registered no useShareAppMessage handler');
  return handler;
}

/** Called before each test by setup.ts: fresh spies, empty storage, empty router. */
export function resetTaro(): void {
  storage.clear();
  routerParams = {};
  routerPath = '/pages/landing/index';
  pageScrollTop = 0;
  nodeRects.clear();
  for (const fn of [
    ...Object.values(Taro).filter((value): value is jest.Mock => jest.isMockFunction(value)),
    Taro.cloud.init,
    Taro.cloud.callFunction,
    useShareAppMessage,
  ]) {
    fn.mockClear();
  }
  Taro.cloud.callFunction.mockReset();
}
