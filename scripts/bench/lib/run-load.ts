import { performance } from 'node:perf_hooks';

/** What one operation came to: 'ok', or the error code it was refused with. */
export type Outcome = string;

export interface LoadSpec {
  workers: number;
  /** Stop after this many operations… */
  total?: number;
  /** …or once this much time has passed (whichever comes first). */
  durationMs?: number;
  /** Operation number i (0, 1, 2, … across all workers). */
  op(i: number): Promise<Outcome>;
}

export interface LoadResult {
  elapsedMs: number;
  /** How many operations ended with each outcome. */
  outcomes: Record<Outcome, number>;
  /** Per-operation latency in ms, by outcome. */
  latencies: Record<Outcome, number[]>;
}

/**
 * Closed-loop load: `workers` loops, each starting its next operation as soon as the last one
 * ends, which is how N concurrent users (or N pooled connections) behave.
 */
export async function runLoad(spec: LoadSpec): Promise<LoadResult> {
  if (spec.total === undefined && spec.durationMs === undefined)
    throw new Error('runLoad needs a total or a duration');
  const outcomes: Record<Outcome, number> = {};
  const latencies: Record<Outcome, number[]> = {};
  let next = 0;
  const started = performance.now();
  const deadline = spec.durationMs === undefined ? Infinity : started + spec.durationMs;
  const more = () =>
    (spec.total === undefined || next < spec.total) && performance.now() < deadline;

  const worker = async () => {
    while (more()) {
      const i = next;
      next += 1;
      const t0 = performance.now();
      const outcome = await spec.op(i);
      const ms = performance.now() - t0;
      outcomes[outcome] = (outcomes[outcome] ?? 0) + 1;
      (latencies[outcome] ??= []).push(ms);
    }
  };
  await Promise.all(Array.from({ length: spec.workers }, worker));
  return { elapsedMs: performance.now() - started, outcomes, latencies };
}
