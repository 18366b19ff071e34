import { topSharerShare } from '../../../../cloudfunctions/domain/stats/top-sharer-share';

/** o-d is listed before o-c, so only the openid tie-break puts o-c first. */
const sharers = [
  { openid: 'o-d', conversions: 10 },
  { openid: 'o-a', conversions: 50 },
  { openid: 'o-c', conversions: 10 },
  { openid: 'o-b', conversions: 30 },
];

describe('topSharerShare', () => {
  test.each([
    {
      label: 'the top two drive 80%',
      topN: 2,
      total: 100,
      top: ['o-a', 'o-b'],
      conversions: 80,
      share: 0.8,
    },
    {
      label: 'a tie at the cut is broken by openid',
      topN: 3,
      total: 100,
      top: ['o-a', 'o-b', 'o-c'],
      conversions: 90,
      share: 0.9,
    },
    {
      label: 'conversions by people who came with no sharer dilute the share',
      topN: 1,
      total: 200,
      top: ['o-a'],
      conversions: 50,
      share: 0.25,
    },
    {
      label: 'asking for more than there are',
      topN: 10,
      total: 100,
      top: ['o-a', 'o-b', 'o-c', 'o-d'],
      conversions: 100,
      share: 1,
    },
    { label: 'a top of none', topN: 0, total: 100, top: [], conversions: 0, share: 0 },
  ])('$label', ({ topN, total, top, conversions, share }) => {
    const result = topSharerShare(sharers, total, topN);
    expect(result.top.map((s) => s.openid)).toEqual(top);
    expect(result.conversions).toBe(conversions);
    expect(result.share).toBeCloseTo(share, 10);
  });

  test.each([
    { label: 'no sharers', sharers: [], total: 0 },
    {
      label: 'sharers with no conversions',
      sharers: [{ openid: 'o-a', conversions: 0 }],
      total: 0,
    },
  ])('$label: share 0, not NaN', ({ sharers: list, total }) => {
    expect(topSharerShare(list, total, 5).share).toBe(0);
  });

  test('leaves the input order alone', () => {
    const before = sharers.map((s) => s.openid);
    topSharerShare(sharers, 100, 2);
    expect(sharers.map((s) => s.openid)).toEqual(before);
  });
});
