import type { BenchOptions, ScenarioName } from './bench-options';
import type { BenchStores } from './bench-stores';

/** One table of the final output. Cells are already formatted. */
export interface Section {
  title: string;
  columns: string[];
  rows: string[][];
  notes: string[];
}

export interface ScenarioReport {
  name: ScenarioName;
  sections: Section[];
  /** Everything measured, per repetition and summarised, for bench-results/*.json. */
  data: unknown;
  /** Correctness failures seen under load (not slowness): the bench exits 1 on any. */
  problems?: string[];
}

export interface BenchContext {
  options: BenchOptions;
  stores: BenchStores;
  /** The repository root. */
  root: string;
  /** One progress line. */
  log(line: string): void;
}

export type Scenario = (context: BenchContext) => Promise<ScenarioReport>;

const finite = (n: number) => Number.isFinite(n);

/** Cell formats: every table prints the same quantity the same way; '–' when not measured. */
export const fmt = {
  ops: (n: number) => (finite(n) ? Math.round(n).toLocaleString('en-US') : '–'),
  ms: (n: number) => (finite(n) ? (n >= 100 ? n.toFixed(0) : n.toFixed(2)) : '–'),
  ratio: (n: number) => (finite(n) ? `${n.toFixed(2)}×` : '–'),
  kb: (bytes: number) => (finite(bytes) ? (bytes / 1024).toFixed(1) : '–'),
  pct: (n: number) => (finite(n) ? `${n.toFixed(1)}%` : '–'),
  count: (n: number) => (finite(n) ? String(n) : '–'),
};
