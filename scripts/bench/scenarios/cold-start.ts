import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureFunctionsBuilt } from '../lib/ensure-functions-built';
import { fmt, type BenchContext, type ScenarioReport } from '../lib/report';
import { median } from '../lib/stats';

/**
 * Stands in for the WeChat runtime's wx-server-sdk (the real one must never load outside
 * WeChat): the bundles only touch these names at load and on first call.
 */
const FAKE_SDK = `exports.DYNAMIC_CURRENT_ENV = Symbol('DYNAMIC_CURRENT_ENV');
exports.init = () => {};
exports.getWXContext = () => ({});
exports.openapi = {
  wxacode: { getUnlimited: async () => ({ contentType: 'image/png', buffer: Buffer.alloc(0) }) },
  subscribeMessage: { send: async () => ({}) },
};
`;

/** Runs in the fresh process: how long require took, and how long since the process began. */
const PROBE = `const { performance } = require('node:perf_hooks');
const file = process.argv[1];
const t0 = performance.now();
const entry = file ? require(file) : {};
const requireMs = performance.now() - t0;
if (file && typeof entry.main !== 'function') throw new Error(file + ' exports no main');
process.stdout.write(JSON.stringify({ requireMs, readyMs: performance.now() }));
`;

interface Sample {
  requireMs: number;
  readyMs: number;
  wallMs: number;
}

function sample(file: string | undefined, nodePath: string): Sample {
  const t0 = performance.now();
  const out = execFileSync(process.execPath, ['-e', PROBE, ...(file ? [file] : [])], {
    env: { ...process.env, NODE_PATH: nodePath, NODE_OPTIONS: '' },
    encoding: 'utf8',
  });
  const wallMs = performance.now() - t0;
  return { ...(JSON.parse(out) as Omit<Sample, 'wallMs'>), wallMs };
}

/** Scenario 4: each function bundle required in a fresh node, as a cold instance would. */
export async function coldStart(context: BenchContext): Promise<ScenarioReport> {
  const { options, root, log } = context;
  const names = ensureFunctionsBuilt(root, log);
  const runs = options.quick ? 3 : 7;
  const fake = fs.mkdtempSync(path.join(os.tmpdir(), 'fission-bench-sdk-'));
  const sdkDir = path.join(fake, 'node_modules', 'wx-server-sdk');
  fs.mkdirSync(sdkDir, { recursive: true });
  fs.writeFileSync(path.join(sdkDir, 'index.js'), FAKE_SDK);
  const nodePath = path.join(fake, 'node_modules');

  const rows: {
    name: string;
    kb: number;
    samples: Sample[];
    requireMs: number;
    readyMs: number;
    wallMs: number;
  }[] = [];
  try {
    const targets: { name: string; file?: string }[] = [
      { name: '(empty node)' },
      ...names.map((name) => ({
        name,
        file: path.join(root, 'dist', 'cloudfunctions', name, 'index.js'),
      })),
    ];
    for (const { name, file } of targets) {
      sample(file, nodePath); // the first read of a file fills the OS page cache
      const samples = Array.from({ length: runs }, () => sample(file, nodePath));
      const row = {
        name,
        kb: file ? fs.statSync(file).size / 1024 : Number.NaN,
        samples,
        requireMs: file ? median(samples.map((s) => s.requireMs)) : Number.NaN,
        readyMs: median(samples.map((s) => s.readyMs)),
        wallMs: median(samples.map((s) => s.wallMs)),
      };
      rows.push(row);
      log(
        `cold   ${name.padEnd(12)} ${file ? `${row.kb.toFixed(0)} KB, require ${fmt.ms(row.requireMs)} ms, ` : ''}` +
          `ready ${fmt.ms(row.readyMs)} ms after process start (median of ${runs})`,
      );
    }
  } finally {
    fs.rmSync(fake, { recursive: true, force: true });
  }

  return {
    name: 'cold-start',
    sections: [
      {
        title: `4. cold start: require(dist/cloudfunctions/<name>/index.js) in a fresh node (median of ${runs})`,
        columns: ['function', 'bundle KB', 'require ms', 'ready ms', 'process ms'],
        rows: rows.map((r) => [
          r.name,
          r.kb ? fmt.kb(r.kb * 1024) : '–',
          fmt.ms(r.requireMs),
          fmt.ms(r.readyMs),
          fmt.ms(r.wallMs),
        ]),
        notes: [
          'ready: from the process start to the entry loaded; process: spawn to exit, seen from outside.',
          'wx-server-sdk is a stub on NODE_PATH; the store is opened on the first call, not at load.',
          'store.js (pg and the migrations, ≈ 100 KB minified) is required by that first call, not counted here.',
        ],
      },
    ],
    data: { runs, functions: rows },
  };
}
