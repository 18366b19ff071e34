import fs from 'node:fs';
import path from 'node:path';
import { fmt, type BenchContext, type ScenarioReport } from '../lib/report';
import { runNodeQuietly } from '../lib/run-quietly';

/** WeChat's upload limits: 2 MB for the main package, 20 MB for all packages together. */
const MAIN_LIMIT = 2 * 1024 * 1024;
const TOTAL_LIMIT = 20 * 1024 * 1024;

/** Not part of the mini-program upload: the cloud functions deploy separately; the stamp is ours. */
const NOT_UPLOADED = new Set(['cloudfunctions', '.build-stamp']);

interface FileSize {
  file: string;
  bytes: number;
}

function listFiles(dir: string, base = dir): FileSize[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (dir === base && NOT_UPLOADED.has(entry.name)) return [];
    if (entry.isDirectory()) return listFiles(full, base);
    return [
      { file: path.relative(base, full).split(path.sep).join('/'), bytes: fs.statSync(full).size },
    ];
  });
}

const sum = (files: FileSize[]) => files.reduce((total, f) => total + f.bytes, 0);

/** Scenario 5: the weapp build (dist/) against WeChat's package limits. */
export async function weappSize(context: BenchContext): Promise<ScenarioReport> {
  const { root, log } = context;
  log('weapp  ensuring the weapp build is current (taro build when stale)');
  runNodeQuietly(root, [path.join(root, 'scripts/ensure-build.mjs'), 'weapp']);
  const dist = path.join(root, 'dist');
  const app = JSON.parse(fs.readFileSync(path.join(dist, 'app.json'), 'utf8')) as {
    pages: string[];
    subPackages?: { root: string }[];
    subpackages?: { root: string }[];
  };
  const subRoots = (app.subPackages ?? app.subpackages ?? []).map((s) =>
    s.root.replace(/\/?$/, '/'),
  );
  const files = listFiles(dist);
  const inSub = (f: FileSize) => subRoots.some((r) => f.file.startsWith(r));
  const main = files.filter((f) => !inSub(f));
  const mainBytes = sum(main);
  const totalBytes = sum(files);
  const jsBytes = sum(main.filter((f) => f.file.endsWith('.js')));

  const pageDirs = [...new Set(app.pages.map((p) => path.posix.dirname(p)))];
  const pages = pageDirs.map((dir) => {
    const own = files.filter((f) => f.file.startsWith(`${dir}/`));
    return { page: dir, bytes: sum(own), jsBytes: sum(own.filter((f) => f.file.endsWith('.js'))) };
  });
  const shared = main.filter((f) => !pageDirs.some((d) => f.file.startsWith(`${d}/`)));
  const largest = [...shared].sort((a, b) => b.bytes - a.bytes).slice(0, 5);
  log(
    `weapp  main package ${fmt.kb(mainBytes)} KB (${fmt.pct((100 * mainBytes) / MAIN_LIMIT)} of 2 MB), JS ${fmt.kb(jsBytes)} KB`,
  );

  const row = (label: string, bytes: number, js: number | undefined, limit?: number) => [
    label,
    fmt.kb(bytes),
    js === undefined ? '–' : fmt.kb(js),
    limit ? fmt.pct((100 * bytes) / limit) : '–',
  ];
  return {
    name: 'weapp-size',
    sections: [
      {
        title: '5. weapp build size (dist/, without dist/cloudfunctions)',
        columns: ['part', 'KB', 'JS KB', '% of limit'],
        rows: [
          row('main package (limit 2 MB)', mainBytes, jsBytes, MAIN_LIMIT),
          row(
            'all packages (limit 20 MB)',
            totalBytes,
            sum(files.filter((f) => f.file.endsWith('.js'))),
            TOTAL_LIMIT,
          ),
          row(
            'shared (app, runtime, vendors, base.wxml…)',
            sum(shared),
            sum(shared.filter((f) => f.file.endsWith('.js'))),
          ),
          ...pages.map((p) => row(`  ${p.page}/`, p.bytes, p.jsBytes)),
        ],
        notes: [
          `largest shared files: ${largest.map((f) => `${f.file} ${fmt.kb(f.bytes)} KB`).join(', ')}`,
        ],
      },
    ],
    data: {
      limits: { mainBytes: MAIN_LIMIT, totalBytes: TOTAL_LIMIT },
      mainBytes,
      totalBytes,
      jsBytes,
      mainPercent: (100 * mainBytes) / MAIN_LIMIT,
      totalPercent: (100 * totalBytes) / TOTAL_LIMIT,
      subPackages: subRoots,
      pages,
      files,
    },
  };
}
