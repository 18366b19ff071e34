import {
  median,
  medianOfRuns,
  percentile,
  ratio,
  summarizeLatencies,
} from '../../../scripts/bench/lib/stats';

const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1);

describe('percentile is the nearest rank, never interpolated', () => {
  test.each([
    { label: 'p50 of 1..100 is the 50th value', values: oneToHundred, p: 50, expected: 50 },
    { label: 'p99 of 1..100 is the 99th value', values: oneToHundred, p: 99, expected: 99 },
    { label: 'p100 is the maximum', values: oneToHundred, p: 100, expected: 100 },
    { label: 'p0 is the minimum', values: oneToHundred, p: 0, expected: 1 },
    {
      label: 'p99 of 10 samples is the slowest',
      values: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10],
      p: 99,
      expected: 10,
    },
    { label: 'p50 of two values is the lower one', values: [1, 9], p: 50, expected: 1 },
    { label: 'one sample is every percentile', values: [7], p: 99, expected: 7 },
  ])('$label', ({ values, p, expected }) => {
    expect(percentile(values, p)).toBe(expected);
  });

  test('no samples give NaN, not zero', () => {
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('median', () => {
  test.each([
    { label: 'odd count: the middle value', values: [3, 1, 2], expected: 2 },
    { label: 'even count: mean of the middle two', values: [4, 1, 3, 2], expected: 2.5 },
    { label: 'unsorted input is sorted first', values: [10, 1, 100], expected: 10 },
    { label: 'NaN (an unmeasured run) is ignored', values: [5, Number.NaN, 7, 6], expected: 6 },
  ])('$label', ({ values, expected }) => {
    expect(median(values)).toBe(expected);
  });

  test('nothing measured gives NaN', () => {
    expect(median([Number.NaN])).toBeNaN();
  });
});

describe('summarizeLatencies', () => {
  test('counts, percentiles, mean and max of unsorted samples', () => {
    expect(summarizeLatencies([4, 1, 3, 2])).toEqual({
      count: 4,
      p50: 2,
      p99: 4,
      mean: 2.5,
      max: 4,
    });
  });

  test('no samples: count 0 and NaN elsewhere', () => {
    const summary = summarizeLatencies([]);
    expect(summary.count).toBe(0);
    expect(summary.p50).toBeNaN();
    expect(summary.mean).toBeNaN();
  });
});

describe('ratio', () => {
  test.each([
    { label: 'a plain quotient', a: 300, b: 100, expected: 3 },
    { label: 'a missing side', a: undefined, b: 100, expected: Number.NaN },
    { label: 'a zero divisor', a: 5, b: 0, expected: Number.NaN },
    { label: 'a NaN side', a: Number.NaN, b: 2, expected: Number.NaN },
  ])('$label', ({ a, b, expected }) => {
    expect(ratio(a, b)).toBe(expected);
  });
});

describe('medianOfRuns takes each metric’s median on its own', () => {
  test('one outlier repetition moves no metric', () => {
    const runs = [
      { opsPerSec: 100, p99: 9 },
      { opsPerSec: 10, p99: 90 },
      { opsPerSec: 120, p99: 8 },
    ];
    expect(medianOfRuns(runs, ['opsPerSec', 'p99'])).toEqual({ opsPerSec: 100, p99: 9 });
  });
});
