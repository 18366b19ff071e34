import path from 'node:path';
import { defineConfig, type UserConfigExport } from '@tarojs/cli';
import devConfig from './dev';
import prodConfig from './prod';

// Weapp and H5 write to different folders so one build never clobbers the other:
// WeChat DevTools and the simulator tests read dist/, the local host serves dist-h5/.
const outputRoot = process.env.TARO_ENV === 'h5' ? 'dist-h5' : 'dist';

// The server modules the client compiles, values with no dependencies both ends must share:
// price formatting (a page and a subscribe message print ¥ the same way) and the route table
// (a page's URL is one in a navigation, a share card and a message). Everything else from
// cloudfunctions/ is types.
const sharedWithServer = {
  include: ['money.ts', 'routes.ts'].map((file) =>
    path.resolve(__dirname, '../cloudfunctions/contracts', file),
  ),
};

export default defineConfig<'webpack5'>(async (merge) => {
  const baseConfig: UserConfigExport<'webpack5'> = {
    projectName: 'fission',
    designWidth: 750,
    deviceRatio: {
      640: 2.34 / 2,
      750: 1,
      375: 2,
      828: 1.81 / 2,
    },
    sourceRoot: 'src',
    outputRoot,
    plugins: [],
    env: {
      // Always defined so the app code can read it; a .env file's TARO_APP_CLOUD_ENV wins.
      // Empty means "the mini-program's default cloud environment".
      TARO_APP_CLOUD_ENV: JSON.stringify(process.env.TARO_APP_CLOUD_ENV ?? ''),
      TARO_APP_SUBSCRIBE_TEMPLATE_ID: JSON.stringify(
        process.env.TARO_APP_SUBSCRIBE_TEMPLATE_ID ?? '',
      ),
    },
    defineConstants: {},
    copy: { patterns: [], options: {} },
    framework: 'react',
    compiler: 'webpack5',
    // The persistent cache cuts rebuilds from ~18 s to ~4 s locally; CI always builds clean.
    cache: { enable: !process.env.CI },
    mini: {
      compile: sharedWithServer,
      // Shared components' styles are imported in different orders by different pages; none
      // depends on the order, so the extractor's "Conflicting order" warnings are noise.
      miniCssExtractPluginOption: { ignoreOrder: true },
      // dist/cloudfunctions/ is written by `npm run build:functions`; a weapp rebuild (e.g. the
      // one `npm test` triggers) must not wipe it. Taro empties the output dir itself and
      // honours `keep` for directories only; webpack's own cleaner is switched off below,
      // because it would also delete files Taro writes outside webpack (project.config.json).
      output: { clean: { keep: /[\\/]dist[\\/]cloudfunctions$/ } },
      webpackChain(chain) {
        chain.output.set('clean', false);
      },
      postcss: {
        pxtransform: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
    h5: {
      compile: sharedWithServer,
      publicPath: '/',
      staticDirectory: 'static',
      router: { mode: 'hash' },
      devServer: { host: '127.0.0.1', open: false },
      output: {
        filename: 'js/[name].[contenthash:8].js',
        chunkFilename: 'js/[name].[contenthash:8].js',
      },
      miniCssExtractPluginOption: {
        ignoreOrder: true,
        filename: 'css/[name].[contenthash:8].css',
        chunkFilename: 'css/[name].[contenthash:8].css',
      },
      postcss: {
        autoprefixer: { enable: true, config: {} },
        cssModules: { enable: false },
      },
    },
  };

  if (process.env.NODE_ENV === 'development') {
    return merge({}, baseConfig, devConfig);
  }
  return merge({}, baseConfig, prodConfig);
});
