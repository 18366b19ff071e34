import http from 'node:http';
import sirv from 'sirv';
import { ERROR_HTTP_STATUS, type ErrorBody } from '../contracts/errors';
import type { FunctionResult } from '../contracts/result';
import type { Caller, Deps } from '../functions/caller';
import { functionHandlers, isFunctionName } from '../functions/registry';
import { devCheckout } from './dev-checkout';
import { devOutbox } from './dev-outbox';

export interface HostOptions {
  deps: Deps;
  merchants: Set<string>;
  /** The H5 build to serve at /, if any. */
  staticDir?: string;
}

const MAX_BODY_BYTES = 64 * 1024;
const PERSONA = /^[A-Za-z0-9_-]{1,64}$/;

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

function send(res: http.ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  res.end(text);
}

function sendResult(res: http.ServerResponse, result: FunctionResult<unknown>): void {
  send(res, result.ok ? 200 : ERROR_HTTP_STATUS[result.error.code], result);
}

function sendError(
  res: http.ServerResponse,
  error: ErrorBody,
  status: number = ERROR_HTTP_STATUS[error.code],
): void {
  send(res, status, { ok: false, error });
}

async function readBody(req: http.IncomingMessage): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function readJson(
  req: http.IncomingMessage,
): Promise<{ ok: true; value: unknown } | { ok: false; error: ErrorBody; status?: number }> {
  const text = await readBody(req);
  if (text === null) {
    return {
      ok: false,
      error: { code: 'INVALID_INPUT', message: `the body is over ${MAX_BODY_BYTES} bytes` },
      status: 413,
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: { code: 'INVALID_INPUT', message: 'the body is not JSON' } };
  }
}

/**
 * Serves the H5 app, every function at POST /api/<name> (same events and results as WeChat),
 * POST /dev/checkout, the stand-in for WeChat Pay (see dev-checkout.ts), and GET /dev/outbox,
 * the messages that WeChat would deliver as subscribe messages (see dev-outbox.ts).
 */
export function createHost({ deps, merchants, staticDir }: HostOptions): http.Server {
  const assets = staticDir ? sirv(staticDir, { dev: true, etag: true }) : undefined;

  return http.createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://host');
    try {
      if (url.pathname === '/healthz')
        return send(res, 200, { ok: true, data: { store: deps.store.kind } });
      if (url.pathname === '/dev/outbox' && req.method === 'GET')
        return send(res, 200, await devOutbox(deps, url.searchParams));
      const checkout = url.pathname === '/dev/checkout';
      const match = /^\/api\/([^/]+)\/?$/.exec(url.pathname);
      if (!match && !checkout) {
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
      if (checkout) {
        const body = await readJson(req);
        if (!body.ok) return sendError(res, body.error, body.status);
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
      if (!isFunctionName(name)) {
        return sendError(res, {
          code: 'UNKNOWN_FUNCTION',
          message: `no function "${name.slice(0, 40)}"`,
        });
      }
      const body = await readJson(req);
      if (!body.ok) return sendError(res, body.error, body.status);
      sendResult(res, await functionHandlers[name](body.value, callerFrom(req, merchants), deps));
    } catch (error) {
      console.error('[host] unexpected error', error);
      if (!res.headersSent)
        sendError(res, { code: 'INTERNAL', message: 'internal error; it has been logged' });
    }
  });
}
