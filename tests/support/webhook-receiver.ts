import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Webhook } from 'standardwebhooks';

export interface ReceivedDelivery {
  id: string;
  timestamp: string;
  body: string;
  /** Whether the signature checked out, by the README's snippet and by the Standard Webhooks library. */
  verified: boolean;
  answered: number;
}

export interface WebhookReceiver {
  url: string;
  /** Every request, in arrival order (retries included). */
  received: ReceivedDelivery[];
  /** How often each event id was answered 2xx: the dispatcher's work ends at the first. */
  acknowledged: Map<string, number>;
  /** The most requests that were in flight for one event id at the same moment. */
  maxConcurrentPerId: number;
  close(): Promise<void>;
}

/**
 * The README's verification, written as a merchant would with node:crypto only: HMAC-SHA256
 * over "id.timestamp.body" with the base64 key after `whsec_`, compared in constant time with
 * each `v1,` signature in the header.
 */
export function verifyAsReadmeSays(
  secret: string,
  headers: { id: string; timestamp: string; signature: string },
  body: string,
): boolean {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  const expected = createHmac('sha256', key)
    .update(`${headers.id}.${headers.timestamp}.${body}`)
    .digest();
  return headers.signature.split(' ').some((part) => {
    const [version, value] = part.split(',');
    if (version !== 'v1' || !value) return false;
    const given = Buffer.from(value, 'base64');
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}

/**
 * A real HTTP receiver on loopback: answers 500 to the first `failFirst` arrivals of each
 * event (and to any request whose signature does not verify), 2xx after.
 */
export async function startWebhookReceiver(options: {
  secret: () => string;
  failFirst?: number;
  delayMs?: number;
}): Promise<WebhookReceiver> {
  const received: ReceivedDelivery[] = [];
  const acknowledged = new Map<string, number>();
  const arrivals = new Map<string, number>();
  const inFlight = new Map<string, number>();
  let maxConcurrentPerId = 0;
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const id = String(req.headers['webhook-id'] ?? '');
      const timestamp = String(req.headers['webhook-timestamp'] ?? '');
      const signature = String(req.headers['webhook-signature'] ?? '');
      const now = (inFlight.get(id) ?? 0) + 1;
      inFlight.set(id, now);
      maxConcurrentPerId = Math.max(maxConcurrentPerId, now);
      const byReadme = verifyAsReadmeSays(options.secret(), { id, timestamp, signature }, body);
      // The library's verify() also refuses timestamps five minutes from the real clock, and
      // the tests run on a test clock: compare with what the library signs for that time.
      const byLibrary = signature
        .split(' ')
        .includes(new Webhook(options.secret()).sign(id, new Date(Number(timestamp) * 1000), body));
      const n = (arrivals.get(id) ?? 0) + 1;
      arrivals.set(id, n);
      const fail = n <= (options.failFirst ?? 0) || !(byReadme && byLibrary);
      const status = fail ? 500 : 204;
      setTimeout(() => {
        inFlight.set(id, (inFlight.get(id) ?? 1) - 1);
        if (!fail) acknowledged.set(id, (acknowledged.get(id) ?? 0) + 1);
        received.push({ id, timestamp, body, verified: byReadme && byLibrary, answered: status });
        res.writeHead(status).end(fail ? 'not yet' : undefined);
      }, options.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    acknowledged,
    get maxConcurrentPerId() {
      return maxConcurrentPerId;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
