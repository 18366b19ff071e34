import {
  DEFAULT_LEVELS,
  levelFor,
  type SharerLevel,
} from '../../../../cloudfunctions/domain/invite/sharer-level';

const level = (n: number) => DEFAULT_LEVELS[n - 1]!;

describe('levelFor with the default levels', () => {
  test.each([
    { label: 'a new sharer', xp: 0, level: 1, next: 2, progress: 0 },
    { label: '1 xp short of bronze', xp: 9, level: 1, next: 2, progress: 0.9 },
    { label: 'exactly bronze', xp: 10, level: 2, next: 3, progress: 0 },
    { label: '1 xp short of silver', xp: 29, level: 2, next: 3, progress: 0.95 },
    { label: 'exactly silver', xp: 30, level: 3, next: 4, progress: 0 },
    { label: 'halfway to gold', xp: 55, level: 3, next: 4, progress: 0.5 },
    { label: '1 xp short of gold', xp: 79, level: 3, next: 4, progress: 0.98 },
    { label: 'exactly gold', xp: 80, level: 4, next: 5, progress: 0 },
    { label: '1 xp short of diamond', xp: 199, level: 4, next: 5, progress: 119 / 120 },
    { label: 'exactly diamond', xp: 200, level: 5, next: null, progress: 1 },
    { label: 'far past diamond', xp: 10_000, level: 5, next: null, progress: 1 },
  ])('$label ($xp xp) → level $level', ({ xp, level: n, next, progress }) => {
    const standing = levelFor(xp);
    expect(standing).toEqual({
      level: n,
      name: level(n).name,
      xp,
      nextLevel: next === null ? null : level(next),
      progress: expect.closeTo(progress, 10),
    });
  });

  test('names the levels from newcomer to diamond', () => {
    expect(DEFAULT_LEVELS.map((l) => [l.level, l.name, l.minXp])).toEqual([
      [1, '新手分享官', 0],
      [2, '铜牌分享官', 10],
      [3, '银牌分享官', 30],
      [4, '金牌分享官', 80],
      [5, '钻石分享官', 200],
    ]);
  });
});

describe('levelFor with a merchant table', () => {
  const table: SharerLevel[] = [
    { level: 1, name: 'A', minXp: 0 },
    { level: 2, name: 'B', minXp: 5 },
  ];

  test.each([
    { xp: 4, level: 1, progress: 0.8 },
    { xp: 5, level: 2, progress: 1 },
  ])('$xp xp → level $level', ({ xp, level: n, progress }) => {
    expect(levelFor(xp, table)).toMatchObject({ level: n, progress });
  });

  test('a single level is always complete', () => {
    expect(levelFor(3, [{ level: 1, name: 'only', minXp: 0 }])).toEqual({
      level: 1,
      name: 'only',
      xp: 3,
      nextLevel: null,
      progress: 1,
    });
  });
});

describe('levelFor refuses a broken setup', () => {
  const a = { level: 1, name: 'A', minXp: 0 };
  const firstAtZero = /first sharer level must start at 0/;
  const strictlyAfter = /must come strictly after/;
  const nonNegative = /experience must be ≥ 0/;

  test.each([
    { label: 'no levels', table: [] as SharerLevel[], xp: 0, error: firstAtZero },
    { label: 'a first level above 0 xp', table: [{ ...a, minXp: 1 }], xp: 5, error: firstAtZero },
    {
      label: 'two levels at the same xp',
      table: [a, { level: 2, name: 'B', minXp: 0 }],
      xp: 5,
      error: strictlyAfter,
    },
    {
      label: 'a level easier than the one before',
      table: [a, { level: 2, name: 'B', minXp: 20 }, { level: 3, name: 'C', minXp: 10 }],
      xp: 5,
      error: strictlyAfter,
    },
    {
      label: 'level numbers out of order',
      table: [a, { level: 3, name: 'C', minXp: 10 }, { level: 2, name: 'B', minXp: 20 }],
      xp: 5,
      error: strictlyAfter,
    },
    { label: 'negative experience', table: DEFAULT_LEVELS, xp: -1, error: nonNegative },
    { label: 'NaN experience', table: DEFAULT_LEVELS, xp: NaN, error: nonNegative },
  ])('$label', ({ table, xp, error }) => {
    expect(() => levelFor(xp, table)).toThrow(error);
  });
});
