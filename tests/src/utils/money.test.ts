import { formatFen } from '../../../src/utils/money';

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
