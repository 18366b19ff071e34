// The benchmark behind `npm run bench` (see run-bench.mjs for usage). Prints one progress line
// per scenario step, then the tables, and writes everything to bench-results/<timestamp>.json.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseBenchOptions, UsageError, type ScenarioName } from './lib/bench-options';
import { benchStores } from './lib/bench-stores';
import { renderSection } from './lib/render-table';
import type { BenchContext, Scenario, ScenarioReport } from './lib/report';
import { coldStart } from './scenarios/cold-start';
import { circleSearch } from './scenarios/circle-search';
import { couponClaims } from './scenarios/coupon-claims';
import { fissionRush } from './scenarios/fission-rush';
import { helpTransactions } from './scenarios/help-transactions';
import { httpHost } from './scenarios/http-host';
import { isolation } from './scenarios/isolation';
import { pgbenchTpcb } from './scenarios/pgbench-tpcb';
import { targetsSection } from './lib/targets';
import { landingPage } from './scenarios/landing-page';
import { weappSize } from './scenarios/weapp-size';

const SCENARIO_RUNNERS: Record<ScenarioName, Scenario> = {
  pgbench: pgbenchTpcb,
  help: helpTransactions,
  coupon: couponClaims,
  http: httpHost,
  'cold-start': coldStart,
  'weapp-size': weappSize,
  landing: landingPage,
  rush: fissionRush,
  isolation,
  circle: circleSearch,
};

const root = process.cwd();

function gitCommit(): string | undefined {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: root,
      encoding: 'utf8',
    }).trim();
  } catch {
    return undefined;
  }
}

/** Where the server is, without credentials. */
function describeDatabase(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return 'set';
  }
}

async function main(): Promise<number> {
  let options;
  try {
    options = parseBenchOptions(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(error.message);
      return 2;
    }
    throw error;
  }
  const started = performance.now();
  const startedAt = new Date();
  const stores = benchStores(options.databaseUrl);
  const log = (line: string) => {
    const s = ((performance.now() - started) / 1000).toFixed(0).padStart(4);
    console.log(`[${s}s] ${line}`);
  };
  const context: BenchContext = { options, stores, root, log };
  log(
    `Fission bench: ${options.only.join(', ')}; ${options.repetitions} repetition(s)${options.quick ? ', quick' : ''}; ` +
      `stores: ${stores.kinds.join(' + ')}`,
  );

  const reports: ScenarioReport[] = [];
  const failures: { scenario: ScenarioName; error: string }[] = [];
  try {
    for (const name of options.only) {
      try {
        reports.push(await SCENARIO_RUNNERS[name](context));
      } catch (error) {
        // One broken scenario (say, no chromium) still leaves the others' numbers.
        const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
        failures.push({ scenario: name, error: message });
        log(`${name} FAILED: ${message}`);
      }
    }
  } finally {
    await stores.closeAll();
  }

  const seconds = (performance.now() - started) / 1000;
  console.log('');
  for (const report of reports) {
    for (const section of report.sections) console.log(`${renderSection(section)}\n`);
  }
  const targets = targetsSection(reports);
  console.log(`${renderSection(targets)}\n`);
  const problems = reports.flatMap((r) => (r.problems ?? []).map((p) => `${r.name}: ${p}`));
  for (const p of problems) console.log(`✗ ${p}`);
  for (const f of failures)
    console.log(`✗ ${f.scenario} did not finish: ${f.error.split('\n')[0]}`);

  const stamp = startedAt.toISOString().replace(/[:.]/g, '-');
  const out = path.resolve(root, options.out ?? path.join('bench-results', `${stamp}.json`));
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const cpus = os.cpus();
  const result = {
    startedAt: startedAt.toISOString(),
    seconds: Number(seconds.toFixed(1)),
    options: { ...options, databaseUrl: describeDatabase(options.databaseUrl) },
    environment: {
      node: process.version,
      platform: `${process.platform} ${os.release()} ${process.arch}`,
      cpus: cpus.length,
      cpuModel: cpus[0]?.model,
      memoryGb: Number((os.totalmem() / 2 ** 30).toFixed(1)),
      loadAverageAtStart: os.loadavg(),
      commit: gitCommit(),
    },
    scenarios: Object.fromEntries(reports.map((r) => [r.name, r.data])),
    targets: targets.rows.map(([goal, measured, met]) => ({ goal, measured, met })),
    problems,
    failures,
  };
  fs.writeFileSync(out, `${JSON.stringify(result, null, 2)}\n`);
  console.log(`Finished in ${seconds.toFixed(0)} s; results in ${path.relative(root, out)}`);
  return failures.length || problems.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
