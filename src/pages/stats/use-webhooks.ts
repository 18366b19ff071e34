import { useCallback, useState } from 'react';
import Taro from '@tarojs/taro';
import { useRemote } from '../../hooks/use-remote';
import { errorMessage } from '../../services/error-message';
import { replayDelivery, webhookEndpoints } from '../../services/notify';

/** The merchant's webhook endpoints, and a replay that refreshes them in place. */
export function useWebhooks() {
  const { state, refresh } = useRemote('webhook-endpoints', () => webhookEndpoints(5));
  const [replaying, setReplaying] = useState<number | null>(null);
  const replay = useCallback(
    async (deliveryId: number) => {
      if (replaying !== null) return;
      setReplaying(deliveryId);
      const result = await replayDelivery(deliveryId);
      setReplaying(null);
      void Taro.showToast({
        title: result.ok ? '已重新排队发送' : errorMessage(result.error),
        icon: 'none',
      });
      refresh();
    },
    [replaying, refresh],
  );
  return { endpoints: state.status === 'ready' ? state.value.endpoints : [], replaying, replay };
}
