import dayjs from 'dayjs';
import utc from 'dayjs/plugin/utc';
import type {
  CouponReason,
  CouponStatusView,
  CouponView,
} from '../../../cloudfunctions/contracts/coupon';
import type { PacketStatusView, PacketView } from '../../../cloudfunctions/contracts/packet';
import { formatExperience } from '../../utils/experience';

dayjs.extend(utc);

export type WalletTab = 'usable' | 'used' | 'expired';

export const WALLET_TABS: { key: WalletTab; label: string }[] = [
  { key: 'usable', label: '可使用' },
  { key: 'used', label: '已使用' },
  { key: 'expired', label: '已过期' },
];

// A voided coupon (a refunded order took it back) can no more be used than an expired one.
const TAB_OF_STATUS: Record<CouponStatusView, WalletTab> = {
  issued: 'usable',
  redeemed: 'used',
  expired: 'expired',
  voided: 'expired',
};

export const STATUS_STAMP: Record<CouponStatusView, string | undefined> = {
  issued: undefined,
  redeemed: '已使用',
  expired: '已过期',
  voided: '已作废',
};

export const REASON_LABEL: Record<CouponReason, string> = {
  claim: '领券中心',
  bargain_reward: '砍价奖励',
  assist_reward: '助力奖励',
  assist_helper_reward: '助力感谢',
  packet: '好友分享券',
  circle: '来自 TA 的推荐',
};

/**
 * The wallet's three tabs. Usable coupons come soonest-to-expire first, so the one about to
 * lapse is seen; the others keep the server's order (newest first).
 */
export function groupCoupons(coupons: CouponView[]): Record<WalletTab, CouponView[]> {
  const groups: Record<WalletTab, CouponView[]> = { usable: [], used: [], expired: [] };
  for (const coupon of coupons) groups[TAB_OF_STATUS[coupon.status]].push(coupon);
  groups.usable.sort((a, b) => Date.parse(a.expiresAt) - Date.parse(b.expiresAt));
  return groups;
}

const CHINA_OFFSET_MINUTES = 8 * 60;

/**
 * "有效期至 2026-12-01", the China calendar day of the last usable instant. `expiresAt` is the
 * first instant the coupon no longer works, so a coupon that lapses at midnight is valid
 * through the day before; China time whatever zone the phone or the test machine is in.
 */
export function formatExpiry(expiresAt: string): string {
  const lastUsable = dayjs.utc(Date.parse(expiresAt) - 1).utcOffset(CHINA_OFFSET_MINUTES);
  return `有效期至 ${lastUsable.format('YYYY-MM-DD')}`;
}

export const PACKET_STATUS_LABEL: Record<PacketStatusView, string> = {
  open: '领取中',
  empty: '已领完',
  expired: '已过期',
};

/** "已领 2/3 · 好友已用 1 张 · 20 经验": how a shared packet did, as its sharer sees it. */
export function packetStatsText(packet: Pick<PacketView, 'claimed' | 'slots' | 'sharerStats'>) {
  const parts = [`已领 ${packet.claimed}/${packet.slots.length}`];
  if (packet.sharerStats) {
    parts.push(`好友已用 ${packet.sharerStats.used} 张`, formatExperience(packet.sharerStats));
  }
  return parts.join(' · ');
}
