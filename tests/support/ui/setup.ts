import '@testing-library/jest-dom';
import { resetTaro } from './taro';

// The DOM tests stand for the H5 build; a test that needs the weapp branch sets it itself.
beforeEach(() => {
  process.env.TARO_ENV = 'h5';
  resetTaro();
});
