import { fenFormatter, formatFen } from '../../../src/utils/money';

describe('formatFen: whole yuan drop the decimals, anything else shows two', () => {
  test.each([
    { label: 'whole yuan', fen: 9900, shown: '¥99' },
    { label: 'one yuan', fen: 100, shown: '¥1' },
    { label: 'zero', fen: 0, shown: '¥0' },
    { label: 'ten jiao keep the trailing zero', fen: 2340, shown: '¥23.40' },
    { label: 'single fen', fen: 1, shown: '¥0.01' },
    { label: 'jiao under one yuan', fen: 50, shown: '¥0.50' },
    { label: 'fen with yuan', fen: 12345, shown: '¥123.45' },
    { label: 'large amount, no grouping', fen: 1_000_000_00, shown: '¥1000000' },
    { label: 'negative (refunds)', fen: -2340, shown: '-¥23.40' },
  ])('$label: $fen → $shown', ({ fen, shown }) => {
    expect(formatFen(fen)).toBe(shown);
  });
});

describe('fenFormatter: every amount in a view prints the same way', () => {
  test.each([
    { label: 'all whole yuan: no decimals', view: [9900, 100, 1500], fen: 9900, shown: '¥99' },
    {
      label: 'one amount with fen: two decimals for all',
      view: [9900, 100, 1978],
      fen: 9900,
      shown: '¥99.00',
    },
    { label: 'the amount with fen itself', view: [9900, 1978], fen: 1978, shown: '¥19.78' },
    { label: 'an empty view', view: [], fen: 500, shown: '¥5' },
  ])('$label', ({ view, fen, shown }) => {
    expect(fenFormatter(view)(fen)).toBe(shown);
  });

  test('formatFen with cents keeps two decimals on whole yuan', () => {
    expect(formatFen(100, { cents: true })).toBe('¥1.00');
  });
});
