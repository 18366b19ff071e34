import http from 'node:http';
import https from 'node:https';

/** A subscribe message as `subscribeMessage.send` takes it. */
export interface SubscribeMessage {
  touser: string;
  templateId: string;
  page: string;
  data: Record<string, { value: string }>;
}

/**
 * How a send ended. A permanent failure is not retried (WeChat says the person holds no
 * grant, a URL that cannot be parsed); anything else is, until the retry horizon.
 */
export type Sent =
  { ok: true; status?: number } | { ok: false; permanent: boolean; error: string; status?: number };

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
}

/** Where deliveries go: WeChat's subscribe messages, and merchants' HTTP endpoints. */
export interface Senders {
  subscribe(message: SubscribeMessage): Promise<Sent>;
  webhook(request: WebhookRequest): Promise<Sent>;
}

/**
 * A POST with a deadline, on node:http(s) (WeChat's Node 16 runtime has no fetch). 2xx ends
 * the delivery; any other status, a refused connection or the deadline is retried.
 */
export function postWebhook({ url, body, headers, timeoutMs }: WebhookRequest): Promise<Sent> {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return Promise.resolve({ ok: false, permanent: true, error: `not a URL: ${url}` });
  }
  const client = target.protocol === 'https:' ? https : target.protocol === 'http:' ? http : null;
  if (!client) return Promise.resolve({ ok: false, permanent: true, error: `not http(s): ${url}` });
  return new Promise((resolve) => {
    const request = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
        timeout: timeoutMs,
      },
      (response) => {
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          // Only the start of an answer is kept, for the delivery's last error.
          if (size < 2048) chunks.push(chunk);
          size += chunk.length;
        });
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          if (status >= 200 && status < 300) return resolve({ ok: true, status });
          const text = Buffer.concat(chunks).toString('utf8').slice(0, 200).trim();
          resolve({
            ok: false,
            permanent: false,
            status,
            error: `HTTP ${status}${text ? `: ${text}` : ''}`,
          });
        });
        response.on('error', (error) =>
          resolve({
            ok: false,
            permanent: false,
            status: response.statusCode,
            error: error.message,
          }),
        );
      },
    );
    request.on('timeout', () => request.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    request.on('error', (error) => resolve({ ok: false, permanent: false, error: error.message }));
    request.end(body);
  });
}
