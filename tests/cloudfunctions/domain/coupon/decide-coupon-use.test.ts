import {
  decideCouponUse,
  type Basket,
  type CouponFacts,
} from '../../../../cloudfunctions/domain/coupon/decide-coupon-use';

const NOW = new Date('2026-03-05T12:00:00.000+08:00');
const HOUR = 3_600_000;

function aCoupon(overrides: Partial<CouponFacts> = {}): CouponFacts {
  return {
    ownerOpenid: 'ivy',
    status: 'issued',
    startsAt: new Date(NOW.getTime() - 24 * HOUR),
    expiresAt: new Date(NOW.getTime() + 24 * HOUR),
    minSpendFen: 0,
    valueFen: 1000,
    percentOff: null,
    productId: null,
    ...overrides,
  };
}

function aBasket(overrides: Partial<Basket> = {}): Basket {
  return { buyerOpenid: 'ivy', amountFen: 5000, productIds: ['cup'], ...overrides };
}

describe('decideCouponUse: what a coupon takes off', () => {
  test.each([
    { label: 'amount off', coupon: {}, basket: {}, discount: 1000 },
    {
      label: 'amount off is capped at the order: no negative payable',
      coupon: { valueFen: 9800 },
      basket: { amountFen: 100 },
      discount: 100,
    },
    {
      label: 'an order of exactly the value pays nothing',
      coupon: { valueFen: 5000 },
      basket: { amountFen: 5000 },
      discount: 5000,
    },
    {
      label: 'exactly at the minimum spend',
      coupon: { minSpendFen: 5000 },
      basket: { amountFen: 5000 },
      discount: 1000,
    },
    {
      label: 'percent off on a round amount',
      coupon: { valueFen: null, percentOff: 20 },
      basket: { amountFen: 5000 },
      discount: 1000,
    },
    {
      label: 'percent off rounds up to the next fen, in the shopper’s favour',
      coupon: { valueFen: null, percentOff: 15 },
      basket: { amountFen: 999 },
      discount: 150, // 149.85
    },
    {
      label: '99 % off a 1-fen order takes the whole fen',
      coupon: { valueFen: null, percentOff: 99 },
      basket: { amountFen: 1 },
      discount: 1,
    },
    {
      label: 'a product-bound coupon on a basket holding that product',
      coupon: { productId: 'cup', valueFen: 9800 },
      basket: { amountFen: 9900, productIds: ['tea', 'cup'] },
      discount: 9800,
    },
    {
      label: 'a zero-amount order takes nothing off and pays nothing',
      coupon: {},
      basket: { amountFen: 0 },
      discount: 0,
    },
  ])('$label', ({ coupon, basket, discount }) => {
    const b = aBasket(basket);
    expect(decideCouponUse(aCoupon(coupon), b, NOW)).toEqual({
      ok: true,
      discountFen: discount,
      payableFen: b.amountFen - discount,
    });
  });
});

describe('decideCouponUse: when a coupon does not apply', () => {
  test.each([
    {
      label: 'someone else’s coupon',
      coupon: { ownerOpenid: 'carol' },
      basket: {},
      refusal: { code: 'COUPON_NOT_APPLICABLE', reason: 'not_owner' },
    },
    {
      label: 'a cup coupon on a tea-only order (the ¥98-on-¥1 bug)',
      coupon: { productId: 'cup', valueFen: 9800 },
      basket: { amountFen: 100, productIds: ['tea'] },
      refusal: { code: 'COUPON_NOT_APPLICABLE', reason: 'product' },
    },
    {
      label: 'a product-bound coupon on an order that names no product',
      coupon: { productId: 'cup' },
      basket: { productIds: [] },
      refusal: { code: 'COUPON_NOT_APPLICABLE', reason: 'product' },
    },
    {
      label: 'a 满 50 coupon on a 1-fen order (the minimum-spend bug)',
      coupon: { minSpendFen: 5000 },
      basket: { amountFen: 1 },
      refusal: { code: 'MIN_SPEND_NOT_MET', shortfallFen: 4999 },
    },
    {
      label: '1 fen short of the minimum spend',
      coupon: { minSpendFen: 5000 },
      basket: { amountFen: 4999 },
      refusal: { code: 'MIN_SPEND_NOT_MET', shortfallFen: 1 },
    },
    {
      label: 'at its expiry instant',
      coupon: { expiresAt: NOW },
      basket: {},
      refusal: { code: 'COUPON_EXPIRED' },
    },
    {
      label: 'before its window opens',
      coupon: { startsAt: new Date(NOW.getTime() + 1) },
      basket: {},
      refusal: { code: 'COUPON_NOT_STARTED', startsAt: new Date(NOW.getTime() + 1) },
    },
    {
      label: 'already used',
      coupon: { status: 'redeemed' as const },
      basket: {},
      refusal: { code: 'ALREADY_REDEEMED' },
    },
    {
      label: 'voided',
      coupon: { status: 'voided' as const },
      basket: {},
      refusal: { code: 'COUPON_NOT_USABLE' },
    },
  ])('$label → $refusal.code', ({ coupon, basket, refusal }) => {
    expect(decideCouponUse(aCoupon(coupon), aBasket(basket), NOW)).toEqual({
      ok: false,
      ...refusal,
    });
  });

  test('ownership is decided before anything else: a stranger learns nothing of the terms', () => {
    const coupon = aCoupon({ ownerOpenid: 'carol', status: 'redeemed', minSpendFen: 99_999 });
    expect(decideCouponUse(coupon, aBasket(), NOW)).toMatchObject({ reason: 'not_owner' });
  });

  test('the window opens at startsAt exactly', () => {
    expect(decideCouponUse(aCoupon({ startsAt: NOW }), aBasket(), NOW).ok).toBe(true);
  });
});
