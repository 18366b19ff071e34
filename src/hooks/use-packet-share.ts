import { useState } from 'react';
import Taro from '@tarojs/taro';
import { pageUrl } from '../utils/routes';
import { errorMessage } from '../services/error-message';
import { sharePacket } from '../services/packet';

/**
 * "分享优惠券给好友" for a reported order: opens the order's packet (or gets back the one
 * already opened) and takes the buyer to its page, where the share card is.
 */
export function usePacketShare() {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const share = async (orderId: string) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    const result = await sharePacket(orderId);
    setBusy(false);
    if (result.ok)
      void Taro.navigateTo({ url: pageUrl('packet', { packetId: result.data.packet.id }) });
    else setError(errorMessage(result.error));
  };

  return { busy, error, share };
}
