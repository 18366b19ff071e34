import type { PropsWithChildren } from 'react';
import Taro, { useLaunch } from '@tarojs/taro';
import './app.scss';

// Injected at build time (config `env`); empty selects the mini-program's default environment.
const CLOUD_ENV = process.env.TARO_APP_CLOUD_ENV;

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    // Taro.cloud exists only in the weapp runtime; the H5 build reaches functions over HTTP.
    if (process.env.TARO_ENV === 'weapp' && Taro.cloud) {
      Taro.cloud.init({ ...(CLOUD_ENV ? { env: CLOUD_ENV } : {}), traceUser: true });
    }
  });

  return children;
}

export default App;
