import '@testing-library/jest-dom';
import { cleanup } from '@testing-library/react';
import { resetTaro } from './taro';

/**
 * jsdom has no canvas: a 2d context that records what is drawn (`drawn`, per canvas) and a
 * fixed PNG, so the H5 poster renders as it does in a browser, and jsdom's "not implemented"
 * error does not fill every page test that shows a share panel.
 */
export const POSTER_PNG = 'data:image/png;base64,UE5H';
HTMLCanvasElement.prototype.getContext = function getContext(this: HTMLCanvasElement) {
  const drawn: string[] = [];
  (this as unknown as { drawn: string[] }).drawn = drawn;
  (globalThis as unknown as { lastPosterText: string[] }).lastPosterText = drawn;
  return {
    fillStyle: '',
    font: '',
    textAlign: '',
    textBaseline: '',
    scale: () => undefined,
    fillRect: () => undefined,
    drawImage: () => undefined,
    fillText: (text: string) => drawn.push(text),
    measureText: (text: string) => ({ width: Array.from(text).length * 28 }),
  } as never;
} as never;
HTMLCanvasElement.prototype.toDataURL = () => POSTER_PNG;

// The DOM tests stand for the H5 build; a test that needs the weapp branch sets it itself.
beforeEach(() => {
  process.env.TARO_ENV = 'h5';
  resetTaro();
});

// A test that fakes the clock hands the real one back to the next: after its page has
// unmounted (and cleared its timers) on the clock it ran with.
afterEach(() => {
  cleanup();
  jest.useRealTimers();
});
