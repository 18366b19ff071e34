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
      sourcemap: false,
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
    const kb = (fs.statSync(path.join(outDir, 'index.js')).size / 1024).toFixed(0);
    console.log(`  ${name.padEnd(10)} ${kb.padStart(5)} KB  (${Date.now() - started} ms)`);
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.log(
    `Bundling ${functionNames.length} cloud functions into ${path.relative(root, outRoot)}/`,
  );
  await buildFunctions();
}
