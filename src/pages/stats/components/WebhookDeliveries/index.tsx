import { Button, Text, View } from '@tarojs/components';
import type { DeliveryView, EndpointView } from '../../../../../cloudfunctions/contracts/notify';
import { formatChinaTime } from '../../../../utils/china-time';
import './index.scss';

export interface WebhookDeliveriesProps {
  endpoints: EndpointView[];
  /** The delivery being replayed, if any: its button waits. */
  replaying: number | null;
  onReplay: (deliveryId: number) => void;
}

const STATUS: Record<DeliveryView['status'], string> = {
  pending: '待重试',
  sent: '已送达',
  failed: '已放弃',
  skipped: '未发送',
};

function lastAnswer(d: DeliveryView): string {
  if (d.lastError) return d.lastError;
  return d.lastStatus ? `HTTP ${d.lastStatus}` : '';
}

/**
 * Whether the merchant's own systems heard: each webhook endpoint with its latest deliveries
 * (status, attempts, last answer, next try). A delivery that ended — given up, or delivered
 * but lost on the receiver's side — can be sent again with its own event id. No endpoint,
 * nothing drawn: endpoints are added with `npm run webhooks -- add`.
 */
export function WebhookDeliveries({ endpoints, replaying, onReplay }: WebhookDeliveriesProps) {
  if (endpoints.length === 0) return null;
  return (
    <View className="webhook-deliveries stats-card" data-testid="webhook-deliveries">
      <Text className="stats-card__title">Webhook 投递</Text>
      {endpoints.map((e) => (
        <View key={e.id} className="webhook-deliveries__endpoint" data-testid="webhook-endpoint">
          <Text className="webhook-deliveries__url">{e.url}</Text>
          <Text className="webhook-deliveries__counts">
            {`已送达 ${e.counts.sent} · 待重试 ${e.counts.pending} · 已放弃 ${e.counts.failed}`}
          </Text>
          {e.deliveries.map((d) => (
            <View
              key={d.id}
              className={`webhook-deliveries__row is-${d.status}`}
              data-testid="webhook-delivery"
            >
              <Text className="webhook-deliveries__event">{`${d.eventType} · ${d.eventId}`}</Text>
              <Text className="webhook-deliveries__status">
                {`${STATUS[d.status]} · 尝试 ${d.attempts} 次${d.nextAttemptAt ? ` · 下次 ${formatChinaTime(d.nextAttemptAt)}` : ''}`}
              </Text>
              {lastAnswer(d) && (
                <Text className="webhook-deliveries__error">{`上次：${lastAnswer(d)}`}</Text>
              )}
              {d.status !== 'pending' && d.status !== 'skipped' && (
                <Button
                  className="webhook-deliveries__replay"
                  data-testid="webhook-replay"
                  {...(replaying === d.id ? { disabled: true } : {})}
                  onClick={() => onReplay(d.id)}
                >
                  重新发送
                </Button>
              )}
            </View>
          ))}
        </View>
      ))}
    </View>
  );
}
