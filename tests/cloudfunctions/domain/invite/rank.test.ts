import { rankEntries, rankOf } from '../../../../cloudfunctions/domain/invite/rank';
import { anEntry } from '../../../support/builders/leaderboard';

const rows = (ranked: { openid: string; rank: number }[]) =>
  ranked.map((r) => `${r.rank} ${r.openid}`);

describe('rankEntries', () => {
  test.each([
    {
      label: 'more experience ranks higher',
      entries: [anEntry('o-a', 5), anEntry('o-b', 30), anEntry('o-c', 12)],
      topN: 10,
      expected: ['1 o-b', '2 o-c', '3 o-a'],
    },
    {
      label: 'a tie shares its rank and the next rank skips (1, 2, 2, 4)',
      entries: [anEntry('o-a', 40), anEntry('o-b', 20), anEntry('o-c', 20), anEntry('o-d', 5)],
      topN: 10,
      expected: ['1 o-a', '2 o-b', '2 o-c', '4 o-d'],
    },
    {
      label: 'within a tie, who got going first is listed first',
      entries: [
        anEntry('o-a', 20, '2025-03-02T09:00:00.000+08:00'),
        anEntry('o-b', 20, '2025-03-01T09:00:00.000+08:00'),
      ],
      topN: 10,
      expected: ['1 o-b', '1 o-a'],
    },
    {
      label: 'a tie on experience and start is listed by openid',
      entries: [anEntry('o-c', 20), anEntry('o-a', 20), anEntry('o-b', 20)],
      topN: 10,
      expected: ['1 o-a', '1 o-b', '1 o-c'],
    },
    {
      label: 'three-way tie at the top',
      entries: [anEntry('o-a', 9), anEntry('o-b', 9), anEntry('o-c', 9), anEntry('o-d', 1)],
      topN: 10,
      expected: ['1 o-a', '1 o-b', '1 o-c', '4 o-d'],
    },
    {
      label: 'cut to the top N rows',
      entries: [anEntry('o-a', 1), anEntry('o-b', 2), anEntry('o-c', 3), anEntry('o-d', 4)],
      topN: 2,
      expected: ['1 o-d', '2 o-c'],
    },
    {
      label: 'a tie straddling the cut is cut',
      entries: [anEntry('o-a', 9), anEntry('o-b', 5), anEntry('o-c', 5)],
      topN: 2,
      expected: ['1 o-a', '2 o-b'],
    },
    { label: 'an empty board', entries: [], topN: 10, expected: [] },
    {
      label: 'no cut given: everyone',
      entries: [anEntry('o-a', 1), anEntry('o-b', 2), anEntry('o-c', 3)],
      topN: undefined,
      expected: ['1 o-c', '2 o-b', '3 o-a'],
    },
  ])('$label', ({ entries, topN, expected }) => {
    expect(rows(rankEntries(entries, topN))).toEqual(expected);
  });

  test('keeps each entry whole and leaves the input alone', () => {
    const entries = [anEntry('o-a', 1), anEntry('o-b', 2)];
    const before = [...entries];
    expect(rankEntries(entries, 1)).toEqual([{ ...anEntry('o-b', 2), rank: 1 }]);
    expect(entries).toEqual(before);
  });
});

describe('rankOf', () => {
  const board = rankEntries(
    [anEntry('o-a', 40), anEntry('o-b', 20), anEntry('o-c', 20), anEntry('o-d', 5)],
    Infinity,
  );

  test.each([
    { label: 'the leader', openid: 'o-a', rank: 1 },
    { label: 'the second of a tie shares its rank', openid: 'o-c', rank: 2 },
    { label: 'after a tie', openid: 'o-d', rank: 4 },
    { label: 'someone not on the board', openid: 'o-z', rank: null },
  ])('$label → $rank', ({ openid, rank }) => {
    expect(rankOf(openid, board)).toBe(rank);
  });

  test('someone below the cut is not on the cut board', () => {
    expect(rankOf('o-d', board.slice(0, 3))).toBeNull();
  });
});
