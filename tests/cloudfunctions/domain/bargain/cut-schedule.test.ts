import { cutSchedule, nextCut } from '../../../../cloudfunctions/domain/bargain/cut-schedule';

const PRICES = [2, 3, 10, 101, 9900, 99999, 1_000_000];
const FLOORS = [0, 1, 100];
const CUTS = [1, 2, 3, 10, 33, 100, 101];
const SEEDS = ['brg_a', 'brg_b', 'brg_7Gh2kQ9zL0pXw3Ty', '砍价-1', ''];

interface Case {
  label: string;
  priceFen: number;
  floorFen: number;
  cuts: number;
}

const grid: Case[] = PRICES.flatMap((priceFen) =>
  FLOORS.filter((floorFen) => floorFen < priceFen).flatMap((floorFen) =>
    CUTS.filter((cuts) => cuts <= priceFen - floorFen).map((cuts) => ({
      label: `${priceFen} → ${floorFen} in ${cuts}`,
      priceFen,
      floorFen,
      cuts,
    })),
  ),
);

const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

describe('cutSchedule', () => {
  test('the grid covers enough combinations to mean something', () => {
    expect(grid.length).toBeGreaterThan(80);
  });

  describe.each(grid)('$label', ({ priceFen, floorFen, cuts }) => {
    const schedules = SEEDS.map((seed) => cutSchedule({ priceFen, floorFen, cuts, seed }));

    test('has exactly one entry per cut, each a whole fen ≥ 1', () => {
      for (const schedule of schedules) {
        expect(schedule).toHaveLength(cuts);
        for (const cut of schedule) {
          expect(Number.isInteger(cut)).toBe(true);
          expect(cut).toBeGreaterThanOrEqual(1);
        }
      }
    });

    test('sums exactly to price − floor', () => {
      for (const schedule of schedules) expect(sum(schedule)).toBe(priceFen - floorFen);
    });

    test('never increases from one cut to the next', () => {
      for (const schedule of schedules) {
        schedule.slice(1).forEach((cut, i) => expect(cut).toBeLessThanOrEqual(schedule[i]!));
      }
    });

    test('takes more in the first half than the last, unless every cut is 1 fen', () => {
      const half = Math.floor(cuts / 2);
      for (const schedule of schedules) {
        const first = sum(schedule.slice(0, half));
        const last = sum(schedule.slice(cuts - half));
        if (half > 0 && priceFen - floorFen > cuts) expect(first).toBeGreaterThan(last);
        else expect(first).toBe(last);
      }
    });

    test('gives the first half of the cuts at least 60% once the amount is twice the cuts', () => {
      const amount = priceFen - floorFen;
      if (cuts < 2 || amount < 2 * cuts) return;
      for (const schedule of schedules) {
        expect(sum(schedule.slice(0, Math.ceil(cuts / 2)))).toBeGreaterThanOrEqual(0.6 * amount);
      }
    });

    test('is the same every time for the same seed', () => {
      SEEDS.forEach((seed, i) => {
        expect(cutSchedule({ priceFen, floorFen, cuts, seed })).toEqual(schedules[i]);
      });
    });

    test('varies with the seed when the amount leaves room (≥ 100 fen per cut)', () => {
      if (cuts < 2 || priceFen - floorFen < 100 * cuts) return;
      const distinct = new Set(schedules.map((s) => s.join(',')));
      expect(distinct.size).toBeGreaterThan(1);
    });
  });

  test('holds every invariant for every split of up to 80 fen', () => {
    const broken: string[] = [];
    for (let amount = 1; amount <= 80; amount += 1) {
      for (let cuts = 1; cuts <= amount; cuts += 1) {
        for (const seed of SEEDS) {
          const schedule = cutSchedule({ priceFen: amount + 5, floorFen: 5, cuts, seed });
          const where = `${amount} fen in ${cuts} cuts, seed "${seed}": ${schedule.join(',')}`;
          const half = Math.floor(cuts / 2);
          const frontLoaded =
            half === 0 ||
            amount === cuts ||
            sum(schedule.slice(0, half)) > sum(schedule.slice(cuts - half));
          const ok =
            schedule.length === cuts &&
            sum(schedule) === amount &&
            schedule.every(
              (cut, i) => Number.isInteger(cut) && cut >= 1 && (i === 0 || cut <= schedule[i - 1]!),
            ) &&
            frontLoaded;
          if (!ok) broken.push(where);
        }
      }
    }
    expect(broken).toEqual([]);
  });

  test.each([
    { label: '2 fen in 2 cuts', priceFen: 2, floorFen: 0 },
    { label: '9 fen in 9 cuts', priceFen: 10, floorFen: 1 },
    { label: '101 fen in 101 cuts', priceFen: 101, floorFen: 0 },
    { label: '100 fen above a floor of 100', priceFen: 200, floorFen: 100 },
  ])('cuts == price − floor is all ones, for every seed: $label', ({ priceFen, floorFen }) => {
    const cuts = priceFen - floorFen;
    for (const seed of SEEDS) {
      expect(cutSchedule({ priceFen, floorFen, cuts, seed })).toEqual(Array(cuts).fill(1));
    }
  });

  test('one fen above all-ones goes to the first cut', () => {
    expect(cutSchedule({ priceFen: 11, floorFen: 1, cuts: 9, seed: 'brg_a' })).toEqual([
      2, 1, 1, 1, 1, 1, 1, 1, 1,
    ]);
  });

  test('a single cut takes the whole amount', () => {
    expect(cutSchedule({ priceFen: 9900, floorFen: 100, cuts: 1, seed: 'brg_a' })).toEqual([9800]);
  });

  // A published schedule must be recomputable from its seed on any machine and release.
  test('the demo bargain gets the same schedule as when it was published', () => {
    expect(cutSchedule({ priceFen: 9900, floorFen: 100, cuts: 11, seed: 'brg_demo' })).toEqual([
      2574, 1582, 1275, 947, 927, 625, 577, 398, 378, 266, 251,
    ]);
  });

  test.each([
    { label: 'no cuts', priceFen: 100, floorFen: 0, cuts: 0 },
    { label: 'more cuts than fen', priceFen: 100, floorFen: 95, cuts: 6 },
    { label: 'floor at the price', priceFen: 100, floorFen: 100, cuts: 1 },
    { label: 'fractional cuts', priceFen: 100, floorFen: 0, cuts: 2.5 },
    { label: 'fractional fen', priceFen: 100.5, floorFen: 0, cuts: 2 },
  ])('refuses impossible input as a bug: $label', ({ priceFen, floorFen, cuts }) => {
    expect(() => cutSchedule({ priceFen, floorFen, cuts, seed: 'brg_a' })).toThrow(RangeError);
  });
});

describe('nextCut', () => {
  const schedule = [50, 30, 20];

  test.each([
    { label: 'first cut', cutsDone: 0, expected: 50 },
    { label: 'middle cut', cutsDone: 1, expected: 30 },
    { label: 'last cut', cutsDone: 2, expected: 20 },
    { label: 'all cuts done', cutsDone: 3, expected: null },
    { label: 'past the end', cutsDone: 4, expected: null },
  ])('$label', ({ cutsDone, expected }) => {
    expect(nextCut(schedule, cutsDone)).toBe(expected);
  });

  test.each([{ cutsDone: -1 }, { cutsDone: 0.5 }])(
    'throws on a cutsDone of $cutsDone, which no state can have',
    ({ cutsDone }) => {
      expect(() => nextCut(schedule, cutsDone)).toThrow(RangeError);
    },
  );
});
