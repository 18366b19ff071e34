import { discountFen } from '../../../../cloudfunctions/domain/coupon/coupon-discount';

describe('discountFen', () => {
  test.each([
    { label: 'amount off', terms: { valueFen: 1000, minSpendFen: 0 }, order: 5000, expected: 1000 },
    {
      label: 'amount off, capped at the order',
      terms: { valueFen: 9800, minSpendFen: 0 },
      order: 5000,
      expected: 5000,
    },
    {
      label: 'amount off, order exactly the value',
      terms: { valueFen: 5000, minSpendFen: 0 },
      order: 5000,
      expected: 5000,
    },
    {
      label: 'amount off, 1 fen below min spend',
      terms: { valueFen: 1000, minSpendFen: 5000 },
      order: 4999,
      expected: 0,
    },
    {
      label: 'amount off, exactly at min spend',
      terms: { valueFen: 1000, minSpendFen: 5000 },
      order: 5000,
      expected: 1000,
    },
    {
      label: 'percent off',
      terms: { percentOff: 20, minSpendFen: 0 },
      order: 5000,
      expected: 1000,
    },
    {
      label: 'percent off rounds down',
      terms: { percentOff: 15, minSpendFen: 0 },
      order: 999,
      expected: 149,
    },
    {
      label: 'percent off of 1 fen rounds to nothing',
      terms: { percentOff: 99, minSpendFen: 0 },
      order: 1,
      expected: 0,
    },
    {
      label: 'percent off, 99% of a large order',
      terms: { percentOff: 99, minSpendFen: 0 },
      order: 100_000_000,
      expected: 99_000_000,
    },
    {
      label: 'percent off, below min spend',
      terms: { percentOff: 50, minSpendFen: 10_000 },
      order: 9_999,
      expected: 0,
    },
    { label: 'an empty order', terms: { valueFen: 1000, minSpendFen: 0 }, order: 0, expected: 0 },
    {
      label: 'terms with neither amount nor percent',
      terms: { minSpendFen: 0 },
      order: 5000,
      expected: 0,
    },
  ])('$label → $expected fen', ({ terms, order, expected }) => {
    expect(discountFen(terms, order)).toBe(expected);
  });
});
