/**
 * The host's edges, as a hostile or flaky client meets them: a body over the limit always gets
 * its 413 (declared or chunked), a client that leaves mid-upload is one short log line (not a
 * stack trace), and a body that trickles in is cut off within the configured bound.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHost, MAX_BODY_BYTES } from '../../../cloudfunctions/host/create-host';
import { TestClock } from '../../support/harness';
import { openTestStore, type TestStore } from '../../support/stores';

const REQUEST_TIMEOUT_MS = 400;

describe('the local host’s edges', () => {
  let store: TestStore;
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    store = await openTestStore('pglite');
    const clock = new TestClock(new Date('2026-03-01T10:00:00.000+08:00'));
    server = createHost({
      deps: { store: store.store, clock: clock.now },
      merchants: new Set(['merchant']),
      requestTimeoutMs: REQUEST_TIMEOUT_MS,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await store.close();
  });

  /** Sends a request by hand, chunk by chunk, and resolves with the status (or the error). */
  function send(
    chunks: string[],
    headers: http.OutgoingHttpHeaders,
    { abortAfterFirst = false, pauseMs = 0 } = {},
  ): Promise<{ status?: number; error?: string; ms: number }> {
    const started = Date.now();
    return new Promise((resolve) => {
      const req = http.request(
        { port, host: '127.0.0.1', method: 'POST', path: '/api/coupon', headers },
        (res) => {
          res.resume();
          res.on('end', () => resolve({ status: res.statusCode, ms: Date.now() - started }));
        },
      );
      req.on('error', (error) => resolve({ error: error.message, ms: Date.now() - started }));
      const [first, ...rest] = chunks;
      req.write(first ?? '');
      if (abortAfterFirst) {
        setTimeout(() => {
          req.destroy();
          resolve({ error: 'aborted by the test', ms: Date.now() - started });
        }, 50);
        return;
      }
      if (pauseMs > 0) return; // never finishes: the host must cut it off
      for (const chunk of rest) req.write(chunk);
      req.end();
    });
  }

  test('a chunked body that grows past the limit gets 413, not a reset', async () => {
    const pad = 'x'.repeat(16 * 1024);
    const chunks = ['{"action":"list","pad":"', ...Array(256).fill(pad), '"}'];
    const result = await send(chunks, {
      'content-type': 'application/json',
      'x-fission-openid': 'u1',
    });
    expect(result).toMatchObject({ status: 413 });
  });

  test('a declared length over the limit gets 413 before the body is read', async () => {
    const body = JSON.stringify({ action: 'list', pad: 'x'.repeat(MAX_BODY_BYTES) });
    const result = await send([body], {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
      'x-fission-openid': 'u1',
    });
    expect(result).toMatchObject({ status: 413 });
  });

  test('a client that leaves mid-upload is one short line, no stack trace', async () => {
    const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      for (let i = 0; i < 5; i += 1) {
        await send(
          ['{"action":"li'],
          {
            'content-type': 'application/json',
            'content-length': 1000,
            'x-fission-openid': 'u1',
          },
          { abortAfterFirst: true },
        );
      }
      // The host noticed each abort, and still serves.
      await new Promise((resolve) => setTimeout(resolve, 100));
      const ok = await send(['{"action":"list"}'], {
        'content-type': 'application/json',
        'x-fission-openid': 'u1',
      });
      expect(ok.status).toBe(200);
      expect(errors).not.toHaveBeenCalled();
      expect(warnings.mock.calls.length).toBe(5);
      for (const [line] of warnings.mock.calls) {
        expect(String(line)).toMatch(
          /^\[host\] POST \/api\/coupon aborted by the client mid-upload$/,
        );
      }
    } finally {
      errors.mockRestore();
      warnings.mockRestore();
    }
  });

  test('a body that trickles in is cut off within the bound, not after Node’s 300 s', async () => {
    // Cut off, the request reads as aborted to the handler: one line, as for a client that left.
    const warnings = jest.spyOn(console, 'warn').mockImplementation(() => undefined);
    const result = await send(
      ['{"action":'],
      {
        'content-type': 'application/json',
        'content-length': 100,
        'x-fission-openid': 'u1',
      },
      { pauseMs: 1 },
    );
    expect(result.status === 408 || result.error !== undefined).toBe(true);
    // Node checks request timeouts on an interval: allow a few of them, far below 300 s.
    expect(result.ms).toBeLessThan(REQUEST_TIMEOUT_MS * 10);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(warnings.mock.calls.length).toBeLessThanOrEqual(1);
    warnings.mockRestore();
  });
});
