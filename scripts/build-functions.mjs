// Bundles each cloud function into dist/cloudfunctions/<name>/ as WeChat DevTools expects:
// one self-contained index.js (wx-server-sdk stays external: the runtime provides it),
// package.json and config.json (the openapi permissions the function uses).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNode } from './lib/bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const functionsDir = path.join(root, 'cloudfunctions', 'functions');
const outRoot = path.join(root, 'dist', 'cloudfunctions');

export const functionNames = fs
  .readdirSync(functionsDir, { withFileTypes: true })
  .filter((d) => d.isDirectory() && fs.existsSync(path.join(functionsDir, d.name, 'index.ts')))
  .map((d) => d.name)
  .sort();

/**
 * The entry's `import('./wechat-store')` becomes a lazy `require('./store.js')` of the bundle
 * beside it, so pg is compiled and loaded only when the first call needs the database.
 */
const storeApart = {
  name: 'store-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/wechat-store$/ }, () => ({
      path: 'store',
      namespace: 'apart',
    }));
    build.onLoad({ filter: /.*/, namespace: 'apart' }, () => ({
      loader: 'js',
      contents: "module.exports = require('./store.js');",
    }));
    build.onResolve({ filter: /^\.\/store\.js$/ }, () => ({ path: './store.js', external: true }));
  },
};

export async function buildFunctions() {
  const { version } = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  for (const name of functionNames) {
    const outDir = path.join(outRoot, name);
    fs.rmSync(outDir, { recursive: true, force: true });
    const started = Date.now();
    await bundleNode({
      entry: path.join(functionsDir, name, 'index.ts'),
      outfile: path.join(outDir, 'index.js'),
      // pg-native is pg's optional native binding; pg falls back to pure JS without it.
      external: ['wx-server-sdk', 'pg-native'],
      target: 'node16',
      // Minified, with index.js.map beside it: a cold instance parses a third of the code,
      // and a stack trace still maps back to the TypeScript (node --enable-source-maps).
      minify: true,
      sourcemap: 'linked',
      plugins: [storeApart],
    });
    await bundleNode({
      entry: path.join(root, 'cloudfunctions', 'wechat', 'wechat-store.ts'),
      outfile: path.join(outDir, 'store.js'),
      external: ['pg-native'],
      target: 'node16',
      minify: true,
      sourcemap: 'linked',
    });
    fs.copyFileSync(path.join(functionsDir, name, 'config.json'), path.join(outDir, 'config.json'));
    const manifest = {
      name,
      version,
      private: true,
      main: 'index.js',
      dependencies: { 'wx-server-sdk': '~4.0.2' },
    };
    fs.writeFileSync(path.join(outDir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
    const kb = (file) => (fs.statSync(path.join(outDir, file)).size / 1024).toFixed(0).padStart(5);
    console.log(
      `  ${name.padEnd(10)} ${kb('index.js')} KB + store.js ${kb('store.js')} KB  (${Date.now() - started} ms)`,
    );
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(
    `Bundling ${functionNames.length} cloud functions into ${path.relative(root, outRoot)}/`,
  );
  await buildFunctions();
}
