// A mock of @tarojs/taro for DOM tests: navigation and toasts are spies, storage is an
// in-memory Map, the router is whatever the test set, lifecycle hooks run as effects.
import { useEffect } from 'react';

const storage = new Map<string, unknown>();
let routerParams: Record<string, string | undefined> = {};
let routerPath = '/pages/landing/index';

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
export function useShareAppMessage(_callback: () => unknown) {}
export function useShareTimeline(_callback: () => unknown) {}

export const navigateTo = Taro.navigateTo;
export const redirectTo = Taro.redirectTo;
export const showToast = Taro.showToast;
export const getStorageSync = Taro.getStorageSync;
export const setStorageSync = Taro.setStorageSync;

/** Called before each test by setup.ts: fresh spies, empty storage, empty router. */
export function resetTaro(): void {
  storage.clear();
  routerParams = {};
  routerPath = '/pages/landing/index';
  for (const fn of [
    ...Object.values(Taro).filter((value): value is jest.Mock => jest.isMockFunction(value)),
    Taro.cloud.init,
    Taro.cloud.callFunction,
  ]) {
    fn.mockClear();
  }
  Taro.cloud.callFunction.mockReset();
}
