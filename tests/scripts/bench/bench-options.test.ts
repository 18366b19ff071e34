import { parseBenchOptions, SCENARIOS, UsageError } from '../../../scripts/bench/lib/bench-options';

describe('parseBenchOptions', () => {
  test('by default: every scenario, 3 repetitions, PGlite only', () => {
    expect(parseBenchOptions([], {})).toEqual({
      quick: false,
      repetitions: 3,
      only: [...SCENARIOS],
      databaseUrl: undefined,
      out: undefined,
    });
  });

  test.each([
    { label: '--quick runs once', argv: ['--quick'], expected: { quick: true, repetitions: 1 } },
    {
      label: '--repetitions wins over --quick',
      argv: ['--quick', '--repetitions', '2'],
      expected: { repetitions: 2 },
    },
    { label: '--only takes one scenario', argv: ['--only', 'help'], expected: { only: ['help'] } },
    {
      label: '--only takes a comma list and repeats, without duplicates',
      argv: ['--only=help,coupon', '--only', 'help'],
      expected: { only: ['help', 'coupon'] },
    },
    { label: '--out names the JSON file', argv: ['--out', 'x.json'], expected: { out: 'x.json' } },
  ])('$label', ({ argv, expected }) => {
    expect(parseBenchOptions(argv, {})).toMatchObject(expected);
  });

  test('DATABASE_URL adds the server; an empty one does not', () => {
    expect(parseBenchOptions([], { DATABASE_URL: 'postgres://x/y' }).databaseUrl).toBe(
      'postgres://x/y',
    );
    expect(parseBenchOptions([], { DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  test.each([
    { label: 'an unknown scenario', argv: ['--only', 'nope'] },
    { label: 'an unknown flag', argv: ['--fast'] },
    { label: 'a flag without its value', argv: ['--only'] },
    { label: 'zero repetitions', argv: ['--repetitions', '0'] },
  ])('refuses $label with a usage error', ({ argv }) => {
    expect(() => parseBenchOptions(argv, {})).toThrow(UsageError);
  });
});
