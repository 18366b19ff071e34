import type { ScenarioReport, Section } from './report';
import { fmt } from './report';
import { ratio } from './stats';

/** Throughputs measured before the hot paths were reworked (issue 14), on this machine. */
export const BEFORE = { hotHelpPerSec: 209, couponClaimsPerSec: 467, groupJoinsPerSec: 163 };
const P99_BOUND_MS = 50;

type Row = Record<string, unknown>;

const dataOf = (reports: readonly ScenarioReport[], name: string) =>
  reports.find((r) => r.name === name)?.data as Record<string, unknown> | undefined;

const rowsOf = (data: Record<string, unknown> | undefined): Row[] =>
  Array.isArray(data?.summary) ? (data.summary as Row[]) : [];

const num = (v: unknown) => (typeof v === 'number' ? v : Number.NaN);

/**
 * The goals of issue 14, each from figures measured in this run: database throughputs as
 * ratios to pgbench TPC-B at the same connection count, the hot rows against their throughput
 * before the rework and a 50 ms p99, the bystanders against their quiet p99.
 */
export function targetsSection(reports: readonly ScenarioReport[]): Section {
  const tps = (clients: number) =>
    num(rowsOf(dataOf(reports, 'pgbench')).find((r) => r.clients === clients)?.tps);
  const help = (workers: number, shape: string) =>
    rowsOf(dataOf(reports, 'help')).find(
      (r) => r.store === 'pg' && r.workers === workers && r.shape === shape,
    );
  const coupon = rowsOf(dataOf(reports, 'coupon')).find((r) => r.store === 'pg');
  const rush = rowsOf(dataOf(reports, 'rush')).find((r) => r.store === 'pg');
  const isolation = dataOf(reports, 'isolation')?.summary as Row | undefined;
  const cold = (dataOf(reports, 'cold-start')?.functions ?? []) as Row[];
  const landing = dataOf(reports, 'landing')?.summary as Row | undefined;

  const rows: string[][] = [];
  const atLeast = (goal: string, value: number, bound: number, show: (n: number) => string) =>
    rows.push([goal, show(value), Number.isFinite(value) ? (value >= bound ? '✓' : '✗') : '–']);
  const atMost = (goal: string, value: number, bound: number, show: (n: number) => string) =>
    rows.push([goal, show(value), Number.isFinite(value) ? (value <= bound ? '✓' : '✗') : '–']);
  const ms = (n: number) => `${fmt.ms(n)} ms`;

  atLeast(
    'help, spread, 1 conn ≥ 1.0× pgbench',
    ratio(num(help(1, 'spread')?.opsPerSec), tps(1)),
    1,
    fmt.ratio,
  );
  atLeast(
    'help, spread, 16 conn ≥ 1.0× pgbench',
    ratio(num(help(16, 'spread')?.opsPerSec), tps(16)),
    1,
    fmt.ratio,
  );
  atLeast(
    `help, one hot bargain, 16 conn ≥ 3× ${BEFORE.hotHelpPerSec}/s`,
    ratio(num(help(16, 'hot')?.opsPerSec), BEFORE.hotHelpPerSec),
    3,
    fmt.ratio,
  );
  atMost('help, one hot bargain, 16 conn p99 ≤ 50 ms', num(help(16, 'hot')?.p99), P99_BOUND_MS, ms);
  atLeast(
    'coupon claims, one template, 16 conn ≥ 1.0× pgbench',
    ratio(num(coupon?.opsPerSec), tps(16)),
    1,
    fmt.ratio,
  );
  atLeast(
    `coupon claims, one template, 16 conn ≥ 3× ${BEFORE.couponClaimsPerSec}/s`,
    ratio(num(coupon?.opsPerSec), BEFORE.couponClaimsPerSec),
    3,
    fmt.ratio,
  );
  atMost(
    'coupon claims, one template, 16 conn p99 ≤ 50 ms',
    Math.max(num(coupon?.okP99), num(coupon?.refusedP99)),
    P99_BOUND_MS,
    ms,
  );
  atLeast(
    `joins on one group, 16 conn ≥ 3× ${BEFORE.groupJoinsPerSec}/s`,
    ratio(num(rush?.joinsPerSec), BEFORE.groupJoinsPerSec),
    3,
    fmt.ratio,
  );
  atMost('joins on one group, 16 conn seat p99 ≤ 50 ms', num(rush?.seatP99), P99_BOUND_MS, ms);
  atMost('isolation: bystanders p99 storm / quiet ≤ 3×', num(isolation?.p99Ratio), 3, fmt.ratio);
  const bundles = cold.filter((f) => typeof f.kb === 'number' && Number.isFinite(f.kb));
  atMost(
    'largest function bundle ≤ 400 KB',
    Math.max(...bundles.map((f) => num(f.kb))),
    400,
    (n) => `${fmt.kb(n * 1024)} KB`,
  );
  atMost(
    'slowest function require ≤ 40 ms',
    Math.max(...bundles.map((f) => num(f.requireMs))),
    40,
    ms,
  );
  atMost(
    'landing CTA interactive ≤ 1,000 ms (4× CPU slowdown)',
    num(landing?.interactiveMs),
    1000,
    ms,
  );
  atMost(
    'landing function calls before the CTA ≤ 1',
    num(landing?.callsBeforeInteractive),
    1,
    fmt.count,
  );
  return {
    title: 'targets (issue 14), from this run',
    columns: ['goal', 'measured', 'met'],
    rows,
    notes: [
      '– : not measured in this run (a scenario skipped, or no DATABASE_URL / pgbench).',
      'ratios to pgbench use the TPC-B tps at the same connection count, measured at the start of this run.',
    ],
  };
}
