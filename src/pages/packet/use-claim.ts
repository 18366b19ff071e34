import { useCallback, useEffect, useState } from 'react';
import type { CouponView } from '../../../cloudfunctions/contracts/coupon';
import type { ErrorCode } from '../../../cloudfunctions/contracts/errors';
import type { PacketView } from '../../../cloudfunctions/contracts/packet';
import { claimPacket } from '../../services/packet';

export interface ClaimOptions {
  /** The packet shown; another one (or persona) starts with a clean slate. */
  packetKey: string | undefined;
  /** Resolves once the share-token visit is recorded, so the claim is credited to the sharer. */
  ensureVisited: () => Promise<unknown>;
  set: (packet: PacketView) => void;
  refresh: () => void;
}

/** A friend's one tap: claim a coupon from the packet, the coupon or the refusal kept to show. */
export function usePacketClaim({ packetKey, ensureVisited, set, refresh }: ClaimOptions) {
  const [busy, setBusy] = useState(false);
  const [coupon, setCoupon] = useState<CouponView | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);

  const forgetTaps = useCallback(() => {
    setCoupon(null);
    setError(null);
  }, []);
  useEffect(forgetTaps, [packetKey, forgetTaps]);

  const claim = async (packet: PacketView) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    await ensureVisited();
    const result = await claimPacket(packet.id);
    setBusy(false);
    if (result.ok) {
      setCoupon(result.data.coupon);
      set(result.data.packet);
    } else {
      setError(result.error.code);
      // The refusal may mean it emptied or expired: show its state now.
      refresh();
    }
  };

  return { busy, coupon, error, claim, forgetTaps };
}
