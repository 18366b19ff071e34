// `node scripts/ensure-build.mjs <weapp|h5> [--force]`: runs `taro build --type <target>` only
// when its output is missing or older than its inputs, so `npm test` and `npm start` stay fast
// on a warm tree yet never test or serve a stale build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const TARGETS = {
  weapp: { outDir: 'dist', entry: 'app.js' },
  h5: { outDir: 'dist-h5', entry: 'index.html' },
};

// project.config.json is copied into the weapp output, so it is an input too.
const INPUTS = ['src', 'config', 'babel.config.js', 'package-lock.json', 'project.config.json'];

const STAMP = '.build-stamp';

function newestMtime(entry) {
  let stat;
  try {
    stat = fs.statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of fs.readdirSync(entry)) {
    newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

function staleReason(target) {
  const { outDir, entry } = TARGETS[target];
  const stampPath = path.join(root, outDir, STAMP);
  if (!fs.existsSync(path.join(root, outDir, entry))) return `${outDir}/${entry} is missing`;
  if (!fs.existsSync(stampPath)) return `${outDir}/${STAMP} is missing`;
  const built = fs.statSync(stampPath).mtimeMs;
  const changed = INPUTS.find((input) => newestMtime(path.join(root, input)) > built);
  return changed ? `${changed} changed since the last build` : undefined;
}

function main() {
  const [target, ...flags] = process.argv.slice(2);
  if (!target || !(target in TARGETS)) {
    console.error(
      `usage: node scripts/ensure-build.mjs <${Object.keys(TARGETS).join('|')}> [--force]`,
    );
    return 2;
  }
  const reason = flags.includes('--force') ? '--force' : staleReason(target);
  if (!reason) {
    console.log(`${target} build is up to date`);
    return 0;
  }

  console.log(`Building ${target} (${reason})`);
  // Taken before the build: a file saved while it runs is newer than the stamp and triggers
  // the next build, instead of being silently missed.
  const startedAt = new Date();
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  const result = spawnSync(npx, ['taro', 'build', '--type', target], {
    cwd: root,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.error) {
    console.error(`could not start taro: ${result.error.message}`);
    return 1;
  }
  if (result.status !== 0) {
    console.error(`taro build --type ${target} failed (exit ${result.status ?? result.signal})`);
    return result.status || 1;
  }

  const { outDir, entry } = TARGETS[target];
  if (!fs.existsSync(path.join(root, outDir, entry))) {
    console.error(`taro build --type ${target} exited 0 but wrote no ${outDir}/${entry}`);
    return 1;
  }
  const stampPath = path.join(root, outDir, STAMP);
  fs.writeFileSync(stampPath, `${JSON.stringify({ target, builtAt: startedAt.toISOString() })}\n`);
  fs.utimesSync(stampPath, startedAt, startedAt);
  return 0;
}

process.exit(main());
