import http from 'node:http';
import sirv from 'sirv';
import { ERROR_HTTP_STATUS, type ErrorBody } from '../contracts/errors';
import type { AutoPause } from '../contracts/notice';
import type { FunctionResult } from '../contracts/result';
import { DEFAULT_AUTO_PAUSE } from '../domain/notice/decide-auto-pause';
import type { Caller, Deps } from '../usecases/deps';
import { functionHandlers, isFunctionName } from '../functions/registry';
import { devCheckout } from './dev-checkout';
import { devMessages } from './dev-messages';
import { devOutbox } from './dev-outbox';
import { devWechatPush } from './dev-wechat-push';

export interface HostOptions {
  deps: Deps;
  merchants: Set<string>;
  /** The H5 build to serve at /, if any. */
  staticDir?: string;
  /**
   * How long a request may take to arrive, headers and body (FISSION_BODY_TIMEOUT_MS, 10 s by
   * default): a slow body is cut off with 408 instead of holding a socket for Node's 300 s.
   */
  requestTimeoutMs?: number;
  /** What a notice from WeChat pauses (FISSION_AUTO_PAUSE; `bans` by default). */
  autoPause?: AutoPause;
  /**
   * Where one line per call goes (`POST campaign.get 200 3 ms`): `npm start` passes
   * console.log unless FISSION_REQUEST_LOG=off; in-process tests pass nothing and stay quiet.
   */
  requestLog?: (line: string) => void;
}

export const MAX_BODY_BYTES = 64 * 1024;
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const PERSONA = /^[A-Za-z0-9_-]{1,64}$/;
const ACTION = /^[A-Za-z0-9_-]{1,40}$/;

/** What a log line calls a request: `campaign.get`, `/dev/checkout`, or its path. */
function requestLabel(path: string, fn: string | null, event: unknown): string {
  if (fn === null) return path;
  const action = (event as { action?: unknown } | null)?.action;
  return `${fn}.${typeof action === 'string' && ACTION.test(action) ? action : '?'}`;
}

/**
 * The development persona header stands in for WeChat's trusted OPENID. It exists only here,
 * in the local host; the WeChat entries never read it.
 */
function callerFrom(req: http.IncomingMessage, merchants: Set<string>): Caller | null {
  const header = req.headers['x-fission-openid'];
  const openid = Array.isArray(header) ? header[0] : header;
  if (!openid || !PERSONA.test(openid)) return null;
  return {
    openid,
    role: merchants.has(openid) ? 'merchant' : 'shopper',
    clientIp: req.socket.remoteAddress ?? undefined,
  };
}

function send(
  res: http.ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}

function sendResult(res: http.ServerResponse, result: FunctionResult<unknown>): void {
  if (result.ok) return send(res, 200, result);
  const { retryAfterSeconds } = result.error;
  send(
    res,
    ERROR_HTTP_STATUS[result.error.code],
    result,
    retryAfterSeconds === undefined ? {} : { 'retry-after': String(retryAfterSeconds) },
  );
}

function sendError(
  res: http.ServerResponse,
  error: ErrorBody,
  status: number = ERROR_HTTP_STATUS[error.code],
): void {
  send(res, status, { ok: false, error });
}

type Body = { ok: true; text: string } | { ok: false; why: 'too_large' | 'aborted' };

/**
 * The request body, up to MAX_BODY_BYTES. A declared length over the limit is refused before
 * reading; a chunked body that grows past it stops being kept, and the rest is read and
 * dropped so the client receives the 413 instead of a reset. A client that goes away
 * mid-upload is not an error of ours.
 */
function readBody(req: http.IncomingMessage): Promise<Body> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    req.resume();
    return Promise.resolve({ ok: false, why: 'too_large' });
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(
        size > MAX_BODY_BYTES
          ? { ok: false, why: 'too_large' }
          : { ok: true, text: Buffer.concat(chunks).toString('utf8') },
      ),
    );
    req.on('aborted', () => resolve({ ok: false, why: 'aborted' }));
    req.on('error', () => resolve({ ok: false, why: 'aborted' }));
  });
}

async function readJson(
  req: http.IncomingMessage,
): Promise<
  | { ok: true; value: unknown }
  | { ok: false; error: ErrorBody; status?: number }
  | { ok: false; aborted: true }
> {
  const body = await readBody(req);
  if (!body.ok && body.why === 'aborted') return { ok: false, aborted: true };
  if (!body.ok) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: `the body is over ${MAX_BODY_BYTES} bytes` },
      status: 413,
    };
  }
  const text = body.text;
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'the body is not JSON' } };
  }
}

/**
 * Serves the H5 app, every function at POST /api/<name> (same events and results as WeChat),
 * POST /dev/checkout, the stand-in for WeChat Pay (see dev-checkout.ts), GET /dev/outbox, the
 * events recorded to be told (see dev-outbox.ts), GET /dev/messages, what the dispatcher sent:
 * subscribe messages kept in place of WeChat, and webhook deliveries (dev-messages.ts), and
 * POST /dev/wechat-push, the stand-in for WeChat's message push (see dev-wechat-push.ts).
 */
export function createHost({
  deps,
  merchants,
  staticDir,
  requestTimeoutMs = DEFAULT_REQUEST_TIMEOUT_MS,
  autoPause = DEFAULT_AUTO_PAUSE,
  requestLog,
}: HostOptions): http.Server {
  const assets = staticDir ? sirv(staticDir, { dev: true, etag: true }) : undefined;
  /** Answers a body that could not be read: one short log line for a client that left. */
  const refuseBody = (
    req: http.IncomingMessage,
    res: http.ServerResponse,
    body: { error: ErrorBody; status?: number } | { aborted: true },
  ) => {
    if ('aborted' in body) {
      console.warn(`[host] ${req.method} ${req.url} aborted by the client mid-upload`);
      return;
    }
    if (body.status === 413) res.setHeader('connection', 'close');
    sendError(res, body.error, body.status);
  };

  const options: http.ServerOptions = {
    requestTimeout: requestTimeoutMs,
    headersTimeout: Math.min(requestTimeoutMs, 60_000),
    // Node checks the timeouts above only this often (30 s by default).
    connectionsCheckingInterval: Math.max(100, Math.min(1_000, requestTimeoutMs / 4)),
  };
  // Node ignores what a request listener returns; `serve` catches everything itself.
  return http.createServer(options, (req, res) => void serve(req, res));

  async function serve(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://host');
    // Calls and dev routes only: the H5 app's assets would bury them.
    const logged = requestLog && /^\/(api|dev)\//.test(url.pathname);
    let fn: string | null = null;
    let event: unknown = null;
    if (logged) {
      const started = performance.now();
      res.once('close', () => {
        const ms = Math.round(performance.now() - started);
        const status = res.writableFinished ? res.statusCode : 'aborted';
        requestLog(`${req.method} ${requestLabel(url.pathname, fn, event)} ${status} ${ms} ms`);
      });
    }
    try {
      if (url.pathname === '/healthz')
        return send(res, 200, { ok: true, data: { store: deps.store.kind } });
      if (url.pathname === '/dev/outbox' && req.method === 'GET')
        return send(res, 200, await devOutbox(deps, url.searchParams));
      if (url.pathname === '/dev/messages' && req.method === 'GET') {
        const page = await devMessages(deps, url.searchParams);
        if ('json' in page) return send(res, 200, page.json);
        res.writeHead(200, {
          'content-type': 'text/html; charset=utf-8',
          'cache-control': 'no-store',
        });
        res.end(page.html);
        return;
      }
      const checkout = url.pathname === '/dev/checkout';
      const wechatPush = url.pathname === '/dev/wechat-push';
      const match = /^\/api\/([^/]+)\/?$/.exec(url.pathname);
      if (!match && !checkout && !wechatPush) {
        if (assets)
          return assets(req, res, () =>
            sendError(res, { code: 'NOT_FOUND', message: 'no such page' }),
          );
        return sendError(res, { code: 'NOT_FOUND', message: 'no such page' });
      }
      if (req.method !== 'POST') {
        res.setHeader('allow', 'POST');
        return sendError(
          res,
          { code: 'INVALID_INPUT', message: 'functions are called with POST' },
          405,
        );
      }
      if (wechatPush) {
        const body = await readJson(req);
        if (!body.ok) return refuseBody(req, res, body);
        return sendResult(res, await devWechatPush(body.value, deps, autoPause));
      }
      if (checkout) {
        const body = await readJson(req);
        if (!body.ok) return refuseBody(req, res, body);
        const [merchant] = merchants;
        if (!merchant) {
          return sendError(res, { code: 'UNAVAILABLE', message: 'no merchant configured' });
        }
        return sendResult(
          res,
          await devCheckout(body.value, callerFrom(req, merchants), merchant, deps),
        );
      }
      let name: string;
      try {
        name = decodeURIComponent(match?.[1] ?? '');
      } catch {
        return sendError(res, {
          code: 'UNKNOWN_FUNCTION',
          message: 'the function name is not valid',
        });
      }
      if (isFunctionName(name)) fn = name;
      else {
        return sendError(res, {
          code: 'UNKNOWN_FUNCTION',
          message: `no function "${name.slice(0, 40)}"`,
        });
      }
      const body = await readJson(req);
      if (!body.ok) return refuseBody(req, res, body);
      event = body.value;
      sendResult(res, await functionHandlers[name](body.value, callerFrom(req, merchants), deps));
    } catch (error) {
      console.error('[host] unexpected error', error);
      if (!res.headersSent)
        sendError(res, { code: 'INTERNAL', message: 'internal error; it has been logged' });
    }
  }
}
