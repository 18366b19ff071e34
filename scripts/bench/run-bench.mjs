// `npm run bench`: Fission's benchmark. Bundles scripts/bench/bench.ts with esbuild (like
// scripts/run-ts.mjs) and runs it. Ratios and percentiles, each the median of repeated runs;
// no pass/fail on absolute times (they depend on the machine), only on correctness (the
// coupon budget must hold exactly).
//
//   npm run bench                           all scenarios, 3 repetitions (≈ 2–4 min)
//   npm run bench -- --quick                1 repetition, short runs (smoke test)
//   npm run bench -- --only help,coupon     some scenarios: pgbench, help, coupon, http, cold-start,
//                                           weapp-size, landing, rush, isolation
//   npm run bench -- --repetitions 5        more repetitions
//   npm run bench -- --out results.json     the JSON somewhere else
//   DATABASE_URL=postgres://… npm run bench adds the PostgreSQL server (1, 4, 16 workers), in a
//                                           schema of its own, dropped at the end
//
// Scenarios: 0 pgbench TPC-B on the same server at 1 and 16 clients (when /usr/bin/pgbench is
// installed), the yardstick of the "targets" table printed last; 1 bargain.help in-process, one hot bargain vs helps spread over many bargains;
// 2 coupon.claim against a budget half the claimers; 3 the same help over the local host on
// loopback (autocannon) vs in-process; 4 cold start of each dist/cloudfunctions bundle in a
// fresh node; 5 weapp build size against WeChat's limits; 6 the H5 landing page in Debian
// chromium (375×667, 4× CPU slowdown): first render, interactive, function calls; 7 a rush of
// joiners on one group and claimers on one packet (neither may give out more than it holds);
// 8 isolation: bystanders' latency (wallet, other campaigns) quiet vs during a storm on one bargain.
// Progress goes to stdout line by line, then the tables; the JSON lands in
// bench-results/<timestamp>.json (git-ignored). Exits 1 if a scenario failed to finish or a
// budget did not hold.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runTs } from '../run-ts.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
process.chdir(root);
process.exit(await runTs('scripts/bench/bench.ts', process.argv.slice(2), { cwd: root }));
