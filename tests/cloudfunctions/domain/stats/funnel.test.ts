import {
  FUNNEL_STAGES,
  computeFunnel,
  type FunnelCounts,
} from '../../../../cloudfunctions/domain/stats/funnel';

const ZERO: FunnelCounts = {
  visitors: 0,
  newPeople: 0,
  starts: 0,
  helps: 0,
  completions: 0,
  rewardsIssued: 0,
  redeemed: 0,
  orders: 0,
};

const conversions = (counts: Partial<FunnelCounts>) =>
  computeFunnel({ ...ZERO, ...counts }).map((step) => step.conversion);

describe('computeFunnel', () => {
  test('reads from first contact to money', () => {
    expect(FUNNEL_STAGES).toEqual([
      'visitors',
      'newPeople',
      'starts',
      'helps',
      'completions',
      'rewardsIssued',
      'redeemed',
      'orders',
    ]);
  });

  test('gives each stage its count and its conversion from the stage before', () => {
    const counts = {
      visitors: 1000,
      newPeople: 600,
      starts: 150,
      helps: 900,
      completions: 90,
      rewardsIssued: 90,
      redeemed: 45,
      orders: 30,
    };
    expect(computeFunnel(counts)).toEqual([
      { stage: 'visitors', count: 1000, conversion: null },
      { stage: 'newPeople', count: 600, conversion: 0.6 },
      { stage: 'starts', count: 150, conversion: 0.25 },
      { stage: 'helps', count: 900, conversion: 6 },
      { stage: 'completions', count: 90, conversion: 0.1 },
      { stage: 'rewardsIssued', count: 90, conversion: 1 },
      { stage: 'redeemed', count: 45, conversion: 0.5 },
      { stage: 'orders', count: 30, conversion: expect.closeTo(2 / 3, 10) },
    ]);
  });

  test.each([
    { label: 'a campaign nobody visited', counts: {}, expected: [null, 0, 0, 0, 0, 0, 0, 0] },
    {
      label: 'visitors but no new people: everything after is 0, not NaN',
      counts: { visitors: 10 },
      expected: [null, 0, 0, 0, 0, 0, 0, 0],
    },
    {
      label: 'a gap in the middle: orders without redemptions',
      counts: {
        visitors: 10,
        newPeople: 5,
        starts: 2,
        helps: 4,
        completions: 1,
        rewardsIssued: 1,
        orders: 3,
      },
      expected: [null, 0.5, 0.4, 2, 0.25, 1, 0, 0],
    },
  ])('$label', ({ counts, expected }) => {
    const result = conversions(counts);
    expect(result).toEqual(expected);
    expect(result.every((c) => c === null || Number.isFinite(c))).toBe(true);
  });
});
