import { seededRandom } from '../../../../cloudfunctions/domain/shared/seeded-random';

const draws = (seed: string, n: number) => {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => random());
};

describe('seededRandom', () => {
  test('repeats the same sequence for the same seed', () => {
    expect(draws('brg_a', 50)).toEqual(draws('brg_a', 50));
  });

  test.each([
    { label: 'seeds one letter apart', a: 'brg_a', b: 'brg_b' },
    { label: 'an empty seed and a space', a: '', b: ' ' },
    { label: 'Chinese seeds', a: '砍价', b: '助力' },
  ])('gives different sequences for $label', ({ a, b }) => {
    expect(draws(a, 5)).not.toEqual(draws(b, 5));
  });

  test('stays in [0, 1) and spreads over it', () => {
    const xs = draws('brg_spread', 10_000);
    for (const x of xs) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean).toBeGreaterThan(0.48);
    expect(mean).toBeLessThan(0.52);
    expect(xs.filter((x) => x < 0.1).length).toBeGreaterThan(800);
  });
});
