import { seededRandom } from '../shared/seeded-random';

/** The last cut's share of the spread is this fraction of the first cut's share, before jitter. */
export const LAST_TO_FIRST_WEIGHT = 0.1;
/** Each weight is scaled by a seeded factor in [1 − JITTER, 1 + JITTER). */
export const CUT_JITTER = 0.2;

export interface CutScheduleInput {
  priceFen: number;
  floorFen: number;
  cuts: number;
  /** Usually the bargain id: the schedule can be recomputed from it at any time. */
  seed: string;
}

/**
 * The amount each cut takes off, in order. Invariants (each tested):
 * - exactly `cuts` entries, each an integer ≥ 1 fen, summing exactly to price − floor;
 * - front-loaded: non-increasing, and unless every cut is 1 fen the first cut is strictly
 *   larger than the last (so the first ⌊cuts/2⌋ cuts take strictly more than the last ⌊cuts/2⌋);
 * - a pure function of its input: the seed only jitters how the amount is shared out.
 *
 * Every cut gets 1 fen; the rest (the spread) is shared by geometric weights falling from 1 to
 * LAST_TO_FIRST_WEIGHT, jittered by the seed, sorted largest first, then rounded by largest
 * remainder so the integer total stays exact.
 */
export function cutSchedule({ priceFen, floorFen, cuts, seed }: CutScheduleInput): number[] {
  const amount = priceFen - floorFen;
  if (!Number.isInteger(amount) || !Number.isInteger(cuts) || cuts < 1 || cuts > amount) {
    throw new RangeError(`cannot cut ${amount} fen into ${cuts} cuts of at least 1 fen`);
  }
  const spread = amount - cuts;
  const schedule = apportion(spread, jitteredWeights(cuts, seed)).map((share) => share + 1);
  const first = schedule[0] ?? 0;
  const last = schedule[cuts - 1] ?? 0;
  if (cuts >= 2 && spread > 0 && first === last) {
    // Equal cuts are not front-loaded; every cut is ≥ 2 here, so moving 1 fen keeps all ≥ 1.
    schedule[0] = first + 1;
    schedule[cuts - 1] = last - 1;
  }
  return schedule;
}

/** The cut the next help takes, or null once every cut is done. */
export function nextCut(schedule: readonly number[], cutsDone: number): number | null {
  if (!Number.isInteger(cutsDone) || cutsDone < 0) {
    throw new RangeError(`cutsDone must be a whole number ≥ 0, got ${cutsDone}`);
  }
  return schedule[cutsDone] ?? null;
}

function jitteredWeights(count: number, seed: string): number[] {
  const random = seededRandom(seed);
  const ratio = count === 1 ? 1 : LAST_TO_FIRST_WEIGHT ** (1 / (count - 1));
  return Array.from(
    { length: count },
    (_, i) => ratio ** i * (1 + CUT_JITTER * (2 * random() - 1)),
  ).sort((a, b) => b - a);
}

/**
 * Splits `total` whole fen in proportion to `weights` (Hamilton's largest remainder). For
 * non-increasing weights the shares are non-increasing too: equal floors go to the larger
 * remainder first, and ties to the lower index.
 */
function apportion(total: number, weights: readonly number[]): number[] {
  const weightSum = weights.reduce((sum, w) => sum + w, 0);
  const exact = weights.map((w) => (total * w) / weightSum);
  const shares = exact.map(Math.floor);
  const remainder = (i: number) => (exact[i] ?? 0) - (shares[i] ?? 0);
  const byRemainder = shares.map((_, i) => i).sort((a, b) => remainder(b) - remainder(a) || a - b);
  let left = total - shares.reduce((sum, s) => sum + s, 0);
  for (const i of byRemainder) {
    if (left <= 0) break;
    shares[i] = (shares[i] ?? 0) + 1;
    left -= 1;
  }
  return shares;
}
