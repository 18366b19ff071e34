import type { Deps } from '../usecases/deps';
import { listOutbox } from '../usecases/outbox/record-outbox';

/**
 * The local host's listing of recorded messages (`GET /dev/outbox?openid=u3`), newest first:
 * what WeChat would deliver as subscribe messages once a dispatcher sends them. The local
 * host delivers nothing; a tester reads here what the person was told.
 */
export async function devOutbox(deps: Deps, query: URLSearchParams) {
  const openid = query.get('openid') ?? undefined;
  const rows = await listOutbox(deps.store, { recipientOpenid: openid, limit: 200 });
  return {
    ok: true as const,
    data: {
      messages: rows.map((r) => ({
        id: r.id,
        type: r.event_type,
        recipient: r.recipient_openid,
        payload: r.payload,
        idempotencyKey: r.idempotency_key,
        createdAt: r.created_at.toISOString(),
        deliveredAt: r.delivered_at ? r.delivered_at.toISOString() : null,
      })),
    },
  };
}
