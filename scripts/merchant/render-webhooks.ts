// Webhook endpoints and their delivery history as plain text, for `npm run webhooks -- list`
// and `npm run stats`.
import type { DeliveryView, EndpointView } from '../../cloudfunctions/contracts/notify';
import { formatChinaTime } from '../../src/utils/china-time';
import { table } from './render-stats';

const STATUS: Record<DeliveryView['status'], string> = {
  pending: '待重试',
  sent: '已送达',
  failed: '已放弃',
  skipped: '未发送',
};

export function renderEndpoints(endpoints: EndpointView[]): string {
  if (endpoints.length === 0)
    return 'Webhooks: none configured (npm run webhooks -- add <url> [--events a,b])';
  const out: string[] = [];
  for (const e of endpoints) {
    out.push(
      `Webhook ${e.id} → ${e.url}`,
      `  events: ${e.eventTypes.length ? e.eventTypes.join(', ') : 'all'} · sent ${e.counts.sent} · retrying ${e.counts.pending} · failed ${e.counts.failed}`,
    );
    if (e.deliveries.length > 0)
      out.push(
        table([
          ['  delivery', 'event', 'type', 'status', 'attempts', 'last answer', 'next try'],
          ...e.deliveries.map((d) => [
            `  ${d.id}`,
            d.eventId,
            d.eventType,
            STATUS[d.status],
            String(d.attempts),
            d.lastError ?? (d.lastStatus ? `HTTP ${d.lastStatus}` : ''),
            d.nextAttemptAt ? formatChinaTime(d.nextAttemptAt) : '',
          ]),
        ]),
      );
    out.push('');
  }
  return out.join('\n');
}
