// Builders for coupon packets as the `packet` function answers them. Slots follow from
// `amounts` and `claimedBy`; `hidden` plays a random packet whose amounts show on claim.
import type { CouponView } from '../../../cloudfunctions/contracts/coupon';
import type { PacketView } from '../../../cloudfunctions/contracts/packet';
import { aCouponView } from './coupon-builders';
import { SERVER_NOW } from './help-builders';

export const PACKET_ID = 'pkt_0000000000000001';
const MINUTE_MS = 60_000;

const at = (minutesFromNow: number) =>
  new Date(Date.parse(SERVER_NOW) + minutesFromNow * MINUTE_MS).toISOString();

export type PacketViewer = PacketView['viewer'];

/** A friend who may claim. */
export function aPacketViewer(overrides: Partial<PacketViewer> = {}): PacketViewer {
  return { isSharer: false, coupon: null, canClaim: true, claimRefusal: null, ...overrides };
}

export const sharer: PacketViewer = aPacketViewer({
  isSharer: true,
  canClaim: false,
  claimRefusal: 'SELF_CLAIM',
});

/** A coupon as the packet issues it to a friend. */
export function aPacketCoupon(overrides: Partial<CouponView> = {}): CouponView {
  return aCouponView({
    templateId: 'demo-group:packet',
    title: '好友专享券',
    valueFen: 500,
    minSpendFen: 5000,
    reason: 'packet',
    expiresAt: '2026-11-30T08:00:00.000Z',
    ...overrides,
  });
}

export function aPacketView(
  overrides: Partial<PacketView> & {
    amounts?: number[];
    claimedBy?: string[];
    hidden?: boolean;
  } = {},
): PacketView {
  const { amounts = [1000, 500, 300], claimedBy = ['李*'], hidden = false, ...rest } = overrides;
  const totalFen = amounts.reduce((a, b) => a + b, 0);
  return {
    id: PACKET_ID,
    campaignId: 'demo-group',
    sharerName: '王*',
    status: claimedBy.length >= amounts.length ? 'empty' : 'open',
    title: '好友专享券',
    minSpendFen: 5000,
    validDays: 7,
    disclosure: hidden
      ? {
          kind: 'random',
          count: amounts.length,
          totalFen,
          minFen: Math.min(...amounts),
          maxFen: Math.max(...amounts),
        }
      : { kind: 'list', count: amounts.length, totalFen, minFen: null, maxFen: null },
    slots: amounts.map((valueFen, i) => {
      const claimer = claimedBy[i] ?? null;
      return {
        seq: i + 1,
        valueFen: hidden && claimer === null ? null : valueFen,
        claimerName: claimer,
        claimedAt: claimer === null ? null : at(-20 + i),
      };
    }),
    claimed: Math.min(claimedBy.length, amounts.length),
    createdAt: at(-60),
    endsAt: at(23 * 60),
    viewer: aPacketViewer(),
    sharerStats: null,
    serverNow: SERVER_NOW,
    ...rest,
  };
}
