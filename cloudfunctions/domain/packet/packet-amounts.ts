import type { PacketAmounts } from '../../contracts/campaign-config';
import { seededRandom } from '../shared/seeded-random';

/**
 * The amounts of one packet's coupons, in the order they are handed out (first come first
 * served). They are fixed when the packet is opened, so the packet can never give out more
 * than its total: a list as listed; an even split with the odd fen going to the first coupons;
 * a random split (拼手气) drawn from a seed, each at least `minFen`, summing exactly to the total.
 */
export function packetAmounts(amounts: PacketAmounts, seed: string): number[] {
  switch (amounts.kind) {
    case 'list':
      return [...amounts.amountsFen];
    case 'even': {
      const base = Math.floor(amounts.totalFen / amounts.count);
      const extra = amounts.totalFen - base * amounts.count;
      return Array.from({ length: amounts.count }, (_, i) => base + (i < extra ? 1 : 0));
    }
    case 'random':
      return randomSplit(amounts.totalFen, amounts.count, amounts.minFen, seed);
  }
}

/**
 * Spreads what is left above the minimums by random weights, rounding down, then hands the
 * remaining fen out one by one from the largest remainders: exact, and every share ≥ minFen.
 */
function randomSplit(totalFen: number, count: number, minFen: number, seed: string): number[] {
  const random = seededRandom(seed);
  const spare = totalFen - minFen * count;
  const weights = Array.from({ length: count }, () => random() + 0.05);
  const weightSum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (spare * w) / weightSum);
  const shares = exact.map(Math.floor);
  let left = spare - shares.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, index) => ({ index, remainder: value - Math.floor(value) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index);
  for (const { index } of byRemainder) {
    if (left === 0) break;
    shares[index] = (shares[index] ?? 0) + 1;
    left -= 1;
  }
  return shares.map((share) => share + minFen);
}

export interface PacketDisclosure {
  kind: PacketAmounts['kind'];
  count: number;
  totalFen: number;
  /** Null when a random packet's range was not disclosed. */
  minFen: number | null;
  maxFen: number | null;
}

/**
 * What a friend is told before claiming: how many coupons, their total and the range one
 * coupon falls in. A random packet that is not disclosed tells the count and total only (the
 * compliance checker refuses such configs; this keeps the page honest if one slips through).
 */
export function packetDisclosure(
  amounts: PacketAmounts,
  options: { forTemplate?: boolean } = {},
): PacketDisclosure {
  switch (amounts.kind) {
    case 'list':
      return {
        kind: 'list',
        count: amounts.amountsFen.length,
        totalFen: amounts.amountsFen.reduce((a, b) => a + b, 0),
        minFen: Math.min(...amounts.amountsFen),
        maxFen: Math.max(...amounts.amountsFen),
      };
    case 'even': {
      const base = Math.floor(amounts.totalFen / amounts.count);
      return {
        kind: 'even',
        count: amounts.count,
        totalFen: amounts.totalFen,
        minFen: base,
        maxFen: amounts.totalFen % amounts.count === 0 ? base : base + 1,
      };
    }
    case 'random': {
      const shown = amounts.disclosed || options.forTemplate === true;
      return {
        kind: 'random',
        count: amounts.count,
        totalFen: amounts.totalFen,
        minFen: shown ? amounts.minFen : null,
        maxFen: shown ? amounts.totalFen - amounts.minFen * (amounts.count - 1) : null,
      };
    }
  }
}
