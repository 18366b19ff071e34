import type { Deps } from '../usecases/deps';

interface SentRow {
  id: number;
  channel: 'subscribe' | 'webhook';
  status: string;
  recipient_openid: string | null;
  url: string | null;
  event_type: string;
  message: Record<string, unknown> | null;
  attempts: number;
  last_status: number | null;
  last_error: string | null;
  finished_at: Date | null;
  next_attempt_at: Date;
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * GET /dev/messages: what the local host's dispatcher sent — each subscribe message as the
 * person would see it in 服务通知 (WeChat itself is out of reach here: the host's sender
 * keeps them instead), and each webhook delivery with its attempts. `?openid=u2` shows one
 * person's; `format=json` answers the rows for tests.
 */
export async function devMessages(
  deps: Deps,
  query: URLSearchParams,
): Promise<{ json: unknown } | { html: string }> {
  const openid = query.get('openid');
  const rows = await deps.store.query<SentRow>(
    `select d.id::int as id, d.channel, d.status, d.recipient_openid, ep.url, o.event_type,
            d.message, d.attempts, d.last_status, d.last_error, d.finished_at, d.next_attempt_at
       from delivery d join outbox o on o.id = d.event_id
       left join webhook_endpoint ep on ep.id = d.endpoint_id
      where ($1::text is null or d.recipient_openid = $1)
      order by d.id desc limit 200`,
    [openid],
  );
  if (query.get('format') === 'json')
    return {
      json: {
        ok: true,
        data: {
          deliveries: rows.map((r) => ({
            id: r.id,
            channel: r.channel,
            status: r.status,
            recipient: r.recipient_openid,
            url: r.url,
            type: r.event_type,
            message: r.message,
            attempts: r.attempts,
            lastStatus: r.last_status,
            lastError: r.last_error,
          })),
        },
      },
    };
  const subscribe = rows.filter((r) => r.channel === 'subscribe');
  const webhooks = rows.filter((r) => r.channel === 'webhook');
  const card = (r: SentRow) => {
    const m = (r.message ?? {}) as { data?: Record<string, { value: string }>; page?: string };
    // jsonb keeps keys in its own order: the template's keywords read thing1, thing2, time3.
    const fields = Object.entries(m.data ?? {})
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([k, v]) => `<div><span class="k">${escape(k)}</span>${escape(v.value)}</div>`)
      .join('');
    return `<li class="card ${r.status}" data-testid="dev-message">
      <div class="who">发给 ${escape(r.recipient_openid ?? '')} · ${escape(r.event_type)} · ${statusText(r)}</div>
      ${fields}<div class="page">打开 ${escape(m.page ?? '')}</div></li>`;
  };
  const hook = (r: SentRow) =>
    `<li class="card ${r.status}" data-testid="dev-webhook">
      <div class="who">${escape(r.event_type)} → ${escape(r.url ?? '')}</div>
      <div>${statusText(r)} · 尝试 ${r.attempts} 次${r.last_error ? ` · 上次错误：${escape(r.last_error)}` : ''}</div></li>`;
  return {
    html: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>本地消息（模拟微信）</title>
<style>body{font:14px/1.5 system-ui,"Noto Sans CJK SC",sans-serif;margin:0;background:#f2f2f2;color:#222}
h1{font-size:16px;margin:0;padding:12px 16px;background:#fff}h2{font-size:14px;margin:16px 16px 8px;color:#666}
p.note{margin:8px 16px;color:#888;font-size:12px}ul{list-style:none;margin:0;padding:0 12px}
.card{background:#fff;border-radius:8px;padding:10px 12px;margin-bottom:8px}.who{color:#888;font-size:12px}
.k{display:inline-block;min-width:56px;color:#999}.page{color:#576b95;font-size:12px;margin-top:4px}
.failed{border-left:3px solid #e64340}.skipped{opacity:.6}</style></head><body>
<h1>本地消息（模拟微信）</h1>
<p class="note">本地主机不连接微信：调度器发出的订阅消息记录在这里，Webhook 按商家配置真实发出。</p>
<h2>订阅消息（${subscribe.length}）</h2><ul>${subscribe.map(card).join('') || '<li class="card">还没有订阅消息</li>'}</ul>
<h2>Webhook 投递（${webhooks.length}）</h2><ul>${webhooks.map(hook).join('') || '<li class="card">还没有 Webhook 投递</li>'}</ul>
</body></html>`,
  };
}

function statusText(r: SentRow): string {
  switch (r.status) {
    case 'sent':
      return '已发送';
    case 'failed':
      return '已放弃';
    case 'skipped':
      return `未发送（${r.last_error ?? ''}）`;
    default:
      return `待发送（${r.next_attempt_at.toISOString().slice(11, 19)} UTC）`;
  }
}
