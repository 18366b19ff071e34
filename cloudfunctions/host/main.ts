import net from 'node:net';
import path from 'node:path';
import { parseAutoPause } from '../domain/notice/decide-auto-pause';
import { parseMerchants } from '../functions/merchants';
import { systemClock, type Clock } from '../usecases/deps';
import { openStore } from '../store/open-store';
import { pgTimeoutsFromEnv } from '../store/pg-store';
import { sweepDue } from '../usecases/notify/sweep-due';
import { notifySettingsFromEnv, DEFAULT_NOTIFY_SETTINGS } from '../usecases/notify/notify-settings';
import { runDispatcher } from '../usecases/notify/run-dispatcher';
import { postWebhook, type Senders } from '../usecases/notify/senders';
import { seedDemoCampaigns } from '../usecases/campaign/seed-demo-campaigns';
import { createHost, DEFAULT_REQUEST_TIMEOUT_MS } from './create-host';
import { pageUrl } from '../contracts/routes';

/** `npm start`: the local host on PGlite (or DATABASE_URL), with the demo campaigns. */
/**
 * Previews only: `FISSION_CLOCK_OFFSET_MS` moves the host's clock so a merchant can see
 * states that take time (an expired bargain) without waiting. WeChat entries never read it.
 */
function hostClock(): Clock {
  const offset = Number(process.env.FISSION_CLOCK_OFFSET_MS ?? 0);
  if (!Number.isFinite(offset) || offset === 0) return systemClock;
  return () => new Date(Date.now() + offset);
}

/**
 * The local host tells quickly, so a tester sees the message: subscribe messages use the
 * template id the H5 build asks for (DEV_SUBSCRIBE_TEMPLATE_ID), a help waits 5 s for a
 * better event instead of 2 min, and a failed webhook is retried after about a second.
 */
const LOCAL_NOTIFY_SETTINGS = {
  ...DEFAULT_NOTIFY_SETTINGS,
  templateId: 'dev-help-notice',
  holdMs: 5_000,
  retry: { ...DEFAULT_NOTIFY_SETTINGS.retry, baseMs: 1_000, capMs: 60_000 },
};

/** One sentence for a port the host cannot take, with the way out. */
function listenFailure(port: number, error: NodeJS.ErrnoException): string {
  return error.code === 'EADDRINUSE'
    ? `Port ${port} is already in use (another \`npm start\`?): stop it, or choose another port with PORT, e.g. PORT=${port + 1} npm start`
    : `Cannot listen on 127.0.0.1:${port}: ${error.message}`;
}

/**
 * Whether the port can be taken, asked before the store opens: a second `npm start` then
 * hears about the port (what it can change) rather than about the data dir the first holds.
 * The real listen still handles a port taken in between.
 */
function probePort(port: number): Promise<NodeJS.ErrnoException | null> {
  if (port === 0) return Promise.resolve(null);
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', (error: NodeJS.ErrnoException) => resolve(error));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(null)));
  });
}

/** The request log is on unless FISSION_REQUEST_LOG says off (off, 0, false, no). */
function requestLogOn(value: string | undefined): boolean {
  return !/^(off|0|false|no)$/i.test(value?.trim() ?? '');
}

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 10086);
  const taken = await probePort(port);
  if (taken) {
    console.error(listenFailure(port, taken));
    process.exit(1);
  }
  const dataDir = path.resolve(process.env.FISSION_DATA_DIR ?? '.data');
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const store = await openStore({ databaseUrl, dataDir, timeouts: pgTimeoutsFromEnv() });
  const clock = hostClock();
  const demos = await seedDemoCampaigns(store, clock());
  const notify = notifySettingsFromEnv(process.env, LOCAL_NOTIFY_SETTINGS);
  // WeChat is out of reach: a subscribe message is kept (GET /dev/messages shows it) and
  // counts as sent. Webhooks are real POSTs to whatever the merchant configured.
  const senders: Senders = {
    subscribe: async (message) => {
      console.log(`[dev] subscribe message to ${message.touser}: ${JSON.stringify(message.data)}`);
      return { ok: true };
    },
    webhook: postWebhook,
  };
  const dispatcher = runDispatcher(
    { store, clock, senders, settings: notify },
    Number(process.env.FISSION_DISPATCH_INTERVAL_MS) || 1_000,
  );
  const autoPause = parseAutoPause(process.env.FISSION_AUTO_PAUSE);
  if (autoPause.warning) console.warn(`[host] ${autoPause.warning}`);

  const server = createHost({
    deps: { store, clock, notify },
    merchants: parseMerchants(process.env.FISSION_MERCHANTS),
    staticDir: process.env.FISSION_STATIC_DIR ?? path.resolve('dist-h5'),
    requestTimeoutMs: Number(process.env.FISSION_BODY_TIMEOUT_MS) || DEFAULT_REQUEST_TIMEOUT_MS,
    autoPause: autoPause.setting,
    ...(requestLogOn(process.env.FISSION_REQUEST_LOG) && {
      requestLog: (line: string) => console.log(`[host] ${line}`),
    }),
  });
  server.once('error', (error: NodeJS.ErrnoException) => {
    console.error(listenFailure(port, error));
    clearInterval(sweep);
    void dispatcher
      .stop()
      .then(() => store.close())
      .finally(() => process.exit(1));
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    const base = `http://127.0.0.1:${actualPort}`;
    console.log(
      `Fission host on ${base}/ (store: ${databaseUrl ? 'PostgreSQL server' : `PGlite in ${dataDir}`}; demo campaigns: ${demos.join(', ')})`,
    );
    const demo = demos.includes('demo-bargain') ? 'demo-bargain' : demos[0];
    if (demo) console.log(`Open the demo: ${base}/#${pageUrl('landing', { campaignId: demo })}`);
  });

  const sweep = setInterval(() => {
    sweepDue(store, clock()).catch((error: unknown) => console.error('[host] sweep failed', error));
  }, 60_000);
  sweep.unref();

  const stop = () => {
    clearInterval(sweep);
    server.close();
    server.closeAllConnections();
    void dispatcher
      .stop()
      .then(() => store.close())
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
