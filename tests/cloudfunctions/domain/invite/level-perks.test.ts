import {
  circlePoolBonus,
  perksAt,
  type PerkLevel,
} from '../../../../cloudfunctions/domain/invite/level-perks';

const LEVELS: PerkLevel[] = [
  { level: 1, perks: [] },
  { level: 2, perks: [{ kind: 'circle-pool-bonus', extraCoupons: 2 }] },
  { level: 3, perks: [{ kind: 'fcode-early-access', hours: 24 }] },
  {
    level: 4,
    perks: [
      { kind: 'circle-pool-bonus', extraCoupons: 5 },
      { kind: 'monthly-sample', sample: '保温杯', quota: 10 },
    ],
  },
];

describe('what a level unlocks', () => {
  test.each([
    {
      label: 'the first level: nothing yet, the next adds 2 coupons',
      level: 1,
      unlocked: [],
      next: ['circle-pool-bonus:2'],
    },
    {
      label: 'level 2 keeps its bonus',
      level: 2,
      unlocked: ['circle-pool-bonus:2'],
      next: ['fcode-early-access'],
    },
    {
      label: 'level 3 keeps what level 2 unlocked',
      level: 3,
      unlocked: ['circle-pool-bonus:2', 'fcode-early-access'],
      next: ['circle-pool-bonus:5', 'monthly-sample'],
    },
    {
      label: 'the top: the higher bonus replaces the lower; nothing next',
      level: 4,
      unlocked: ['circle-pool-bonus:5', 'fcode-early-access', 'monthly-sample'],
      next: [],
    },
  ])('$label', ({ level, unlocked, next }) => {
    const name = (p: { kind: string; extraCoupons?: number }) =>
      p.kind === 'circle-pool-bonus' ? `${p.kind}:${p.extraCoupons}` : p.kind;
    const perks = perksAt(LEVELS, level);
    expect(perks.unlocked.map(name).sort()).toEqual([...unlocked].sort());
    expect(perks.next.map(name)).toEqual(next);
  });

  test.each([
    { level: 1, bonus: 0 },
    { level: 2, bonus: 2 },
    { level: 3, bonus: 2 },
    { level: 4, bonus: 5 },
  ])('a poster at level $level gets $bonus more friend coupons per post', ({ level, bonus }) => {
    expect(circlePoolBonus(LEVELS, level)).toBe(bonus);
  });

  test('levels without perks (the defaults) unlock nothing', () => {
    expect(perksAt([{ level: 1 }, { level: 2 }], 2)).toEqual({ unlocked: [], next: [] });
  });
});
