// Runs a TypeScript entry of ours (server code, with plain-SQL imports): bundles it with
// esbuild into .cache/ (node_modules stay external) and runs it with the remaining arguments.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleNode } from './lib/bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export async function runTs(entry, args = [], options = {}) {
  const name = path
    .relative(root, path.resolve(root, entry))
    .replace(/[\\/]/g, '_')
    .replace(/\.tsx?$/, '');
  const outfile = path.join(root, '.cache', 'run', `${name}.cjs`);
  await bundleNode({ entry: path.resolve(root, entry), outfile, packagesExternal: true });
  const child = spawn(process.execPath, ['--enable-source-maps', outfile, ...args], {
    stdio: 'inherit',
    ...options,
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  return new Promise((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0))),
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [entry, ...args] = process.argv.slice(2);
  if (!entry) {
    console.error('usage: node scripts/run-ts.mjs <entry.ts> [args…]');
    process.exit(2);
  }
  process.exit(await runTs(entry, args));
}
