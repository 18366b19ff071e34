import {
  FUNNEL_PARENT,
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

  test('gives each stage its count, and a rate only against the stage it is a part of', () => {
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
      { stage: 'newPeople', count: 600, conversion: { of: 'visitors', ratio: 0.6 } },
      { stage: 'starts', count: 150, conversion: null },
      // 900 helps on 150 starts is no 600 % conversion: helps are no subset of starts.
      { stage: 'helps', count: 900, conversion: null },
      { stage: 'completions', count: 90, conversion: { of: 'starts', ratio: 0.6 } },
      { stage: 'rewardsIssued', count: 90, conversion: null },
      { stage: 'redeemed', count: 45, conversion: { of: 'rewardsIssued', ratio: 0.5 } },
      { stage: 'orders', count: 30, conversion: null },
    ]);
  });

  test('every rate names an earlier stage, so a funnel never reads backwards', () => {
    for (const [stage, of] of Object.entries(FUNNEL_PARENT)) {
      expect(FUNNEL_STAGES.indexOf(of!)).toBeLessThan(FUNNEL_STAGES.indexOf(stage as never));
    }
  });

  test.each([
    { label: 'a campaign nobody visited', counts: {}, expected: [0, 0, 0] },
    { label: 'visitors but no new people', counts: { visitors: 10 }, expected: [0, 0, 0] },
    {
      label: 'completions without redemptions',
      counts: { visitors: 10, newPeople: 5, starts: 2, completions: 1, rewardsIssued: 1 },
      expected: [0.5, 0.5, 0],
    },
  ])('$label: rates are 0 over nothing, never NaN', ({ counts, expected }) => {
    const result = conversions(counts);
    expect(result.filter((c) => c !== null).map((c) => c!.ratio)).toEqual(expected);
    expect(result.every((c) => c === null || Number.isFinite(c.ratio))).toBe(true);
  });
});
