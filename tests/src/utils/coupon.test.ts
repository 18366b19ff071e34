import {
  formatCouponName,
  formatCouponThreshold,
  formatCouponValue,
} from '../../../src/utils/coupon';

describe('formatCouponValue: amount off in yuan, percent off as the 折 the shopper pays', () => {
  test.each([
    { label: 'amount off', coupon: { valueFen: 1000, minSpendFen: 0 }, shown: '¥10' },
    { label: 'amount off with fen', coupon: { valueFen: 550, minSpendFen: 0 }, shown: '¥5.50' },
    { label: '20% off', coupon: { percentOff: 20, minSpendFen: 0 }, shown: '8折' },
    { label: '15% off', coupon: { percentOff: 15, minSpendFen: 0 }, shown: '8.5折' },
    { label: '90% off', coupon: { percentOff: 90, minSpendFen: 0 }, shown: '1折' },
    { label: '99% off: not 0.1折', coupon: { percentOff: 99, minSpendFen: 0 }, shown: '减99%' },
  ])('$label → $shown', ({ coupon, shown }) => {
    expect(formatCouponValue(coupon)).toBe(shown);
  });
});

describe('formatCouponThreshold: a minimum spend is spelled out, none is 无门槛', () => {
  test.each([
    { label: 'no minimum', minSpendFen: 0, shown: '无门槛' },
    { label: 'minimum spend', minSpendFen: 9900, shown: '满¥99可用' },
  ])('$label → $shown', ({ minSpendFen, shown }) => {
    expect(formatCouponThreshold({ valueFen: 100, minSpendFen })).toBe(shown);
  });
});

describe('formatCouponName: the value, a thin space, 券', () => {
  test.each([
    { coupon: { valueFen: 300, minSpendFen: 0 }, shown: '¥3\u2009券' },
    { coupon: { percentOff: 20, minSpendFen: 0 }, shown: '8折\u2009券' },
  ])('$shown', ({ coupon, shown }) => {
    expect(formatCouponName(coupon)).toBe(shown);
  });
});
