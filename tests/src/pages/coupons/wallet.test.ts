import { formatExpiry, groupCoupons, packetStatsText } from '../../../../src/pages/coupons/wallet';
import { aCouponView } from '../../../support/ui/coupon-builders';
import { aPacketView, sharer } from '../../../support/ui/packet-builders';

describe('groupCoupons: three tabs by status', () => {
  test.each([
    { status: 'issued' as const, tab: 'usable' },
    { status: 'redeemed' as const, tab: 'used' },
    { status: 'expired' as const, tab: 'expired' },
    { status: 'voided' as const, tab: 'expired' },
  ])('$status → $tab', ({ status, tab }) => {
    const coupon = aCouponView({ status });
    const groups = groupCoupons([coupon]);

    expect(Object.entries(groups).filter(([, list]) => list.length > 0)).toEqual([[tab, [coupon]]]);
  });

  test('usable coupons: the one that lapses first comes first', () => {
    const later = aCouponView({ expiresAt: '2026-12-20T00:00:00.000Z' });
    const sooner = aCouponView({ expiresAt: '2026-12-01T00:00:00.000Z' });

    expect(groupCoupons([later, sooner]).usable).toEqual([sooner, later]);
  });

  test('the other tabs keep the server’s order (newest first)', () => {
    const newer = aCouponView({ status: 'redeemed', expiresAt: '2026-12-01T00:00:00.000Z' });
    const older = aCouponView({ status: 'redeemed', expiresAt: '2026-12-20T00:00:00.000Z' });

    expect(groupCoupons([newer, older]).used).toEqual([newer, older]);
  });
});

describe('formatExpiry: the China day of the last usable instant', () => {
  test.each([
    {
      label: 'mid-day China time',
      expiresAt: '2026-12-01T04:00:00.000Z',
      shown: '有效期至 2026-12-01',
    },
    {
      label: 'late evening UTC is the next day in China',
      expiresAt: '2026-11-30T17:00:00.000Z',
      shown: '有效期至 2026-12-01',
    },
    {
      label: 'lapsing at China midnight → valid through the day before',
      expiresAt: '2026-12-01T16:00:00.000Z',
      shown: '有效期至 2026-12-01',
    },
    {
      label: 'with an explicit offset',
      expiresAt: '2026-12-02T00:00:00+08:00',
      shown: '有效期至 2026-12-01',
    },
  ])('$label → $shown', ({ expiresAt, shown }) => {
    expect(formatExpiry(expiresAt)).toBe(shown);
  });
});

describe('packetStatsText: how a shared packet did, for its sharer', () => {
  test.each([
    {
      label: 'claims, friends’ use and the experience it earned',
      packet: aPacketView({
        claimedBy: ['李*', '张*'],
        viewer: sharer,
        sharerStats: { used: 1, xp: 20, pendingXp: 0 },
      }),
      text: '已领 2/3 · 好友已用 1 张 · 20 经验',
    },
    {
      label: 'no stats in the answer: the claims alone',
      packet: aPacketView({ claimedBy: [], sharerStats: null }),
      text: '已领 0/3',
    },
  ])('$label', ({ packet, text }) => {
    expect(packetStatsText(packet)).toBe(text);
  });
});
