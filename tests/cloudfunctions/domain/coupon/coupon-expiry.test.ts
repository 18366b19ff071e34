import {
  couponExpiresAt,
  couponStatusAt,
} from '../../../../cloudfunctions/domain/coupon/coupon-expiry';
import { at, msAfter } from '../../../support/builders/clock';

describe('couponExpiresAt', () => {
  test.each([
    {
      label: 'fixed validity ends at its until',
      validity: {
        kind: 'fixed' as const,
        from: '2025-03-01T00:00:00+08:00',
        until: '2025-03-31T23:59:59+08:00',
      },
      issuedAt: '2025-03-10T12:00:00.000+08:00',
      expected: '2025-03-31T15:59:59.000Z',
    },
    {
      label: 'fixed validity ignores when it was issued',
      validity: {
        kind: 'fixed' as const,
        from: '2025-03-01T00:00:00+08:00',
        until: '2025-03-31T23:59:59+08:00',
      },
      issuedAt: '2025-03-30T12:00:00.000+08:00',
      expected: '2025-03-31T15:59:59.000Z',
    },
    {
      label: '7 days from issue',
      validity: { kind: 'days' as const, days: 7 },
      issuedAt: '2025-03-10T12:34:56.789+08:00',
      expected: '2025-03-17T04:34:56.789Z',
    },
    {
      label: '1 day across a month end',
      validity: { kind: 'days' as const, days: 1 },
      issuedAt: '2025-02-28T23:00:00.000+08:00',
      expected: '2025-03-01T15:00:00.000Z',
    },
    {
      label: '365 days across a leap day',
      validity: { kind: 'days' as const, days: 365 },
      issuedAt: '2028-01-01T00:00:00.000Z',
      expected: '2028-12-31T00:00:00.000Z',
    },
  ])('$label', ({ validity, issuedAt, expected }) => {
    expect(couponExpiresAt(validity, at(issuedAt)).toISOString()).toBe(expected);
  });
});

describe('couponStatusAt', () => {
  const expiresAt = at('2025-03-17T12:00:00.000+08:00');

  test.each([
    {
      label: 'issued, 1 ms before expiry',
      status: 'issued' as const,
      now: msAfter(expiresAt, -1),
      expected: 'issued',
    },
    {
      label: 'issued, exactly at expiry',
      status: 'issued' as const,
      now: expiresAt,
      expected: 'expired',
    },
    {
      label: 'issued, after expiry',
      status: 'issued' as const,
      now: msAfter(expiresAt, 86_400_000),
      expected: 'expired',
    },
    {
      label: 'redeemed before expiry',
      status: 'redeemed' as const,
      now: msAfter(expiresAt, -1),
      expected: 'redeemed',
    },
    {
      label: 'redeemed stays redeemed after expiry',
      status: 'redeemed' as const,
      now: msAfter(expiresAt, 1),
      expected: 'redeemed',
    },
    {
      label: 'voided before expiry',
      status: 'voided' as const,
      now: msAfter(expiresAt, -1),
      expected: 'voided',
    },
    {
      label: 'voided stays voided after expiry',
      status: 'voided' as const,
      now: msAfter(expiresAt, 1),
      expected: 'voided',
    },
  ])('$label → $expected', ({ status, now, expected }) => {
    expect(couponStatusAt({ status, expiresAt }, now)).toBe(expected);
  });
});
