import path from 'node:path';
import { parseAutoPause } from '../domain/notice/decide-auto-pause';
import { parseMerchants, systemClock, type Clock } from '../functions/caller';
import { openStore } from '../store/open-store';
import { pgTimeoutsFromEnv } from '../store/pg-store';
import { expireAssists } from '../usecases/assist/assist-row';
import { settleGroups } from '../usecases/group/group-row';
import { settleAllFcodes } from '../usecases/fcode/settle-all-fcodes';
import { seedDemoCampaigns } from '../usecases/campaign/seed-demo-campaigns';
import { createHost, DEFAULT_REQUEST_TIMEOUT_MS } from './create-host';

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

async function main(): Promise<void> {
  const port = Number(process.env.PORT ?? 10086);
  const dataDir = path.resolve(process.env.FISSION_DATA_DIR ?? '.data');
  const databaseUrl = process.env.DATABASE_URL || undefined;
  const store = await openStore({ databaseUrl, dataDir, timeouts: pgTimeoutsFromEnv() });
  const clock = hostClock();
  const demos = await seedDemoCampaigns(store, clock());
  const autoPause = parseAutoPause(process.env.FISSION_AUTO_PAUSE);
  if (autoPause.warning) console.warn(`[host] ${autoPause.warning}`);

  const server = createHost({
    deps: { store, clock },
    merchants: parseMerchants(process.env.FISSION_MERCHANTS),
    staticDir: process.env.FISSION_STATIC_DIR ?? path.resolve('dist-h5'),
    requestTimeoutMs: Number(process.env.FISSION_BODY_TIMEOUT_MS) || DEFAULT_REQUEST_TIMEOUT_MS,
    autoPause: autoPause.setting,
  });
  server.listen(port, '127.0.0.1', () => {
    const address = server.address();
    const actualPort = typeof address === 'object' && address ? address.port : port;
    console.log(
      `Fission host on http://127.0.0.1:${actualPort}/ (store: ${databaseUrl ? 'PostgreSQL server' : `PGlite in ${dataDir}`}; demo campaigns: ${demos.join(', ')})`,
    );
  });

  // Lapsed assists give their reserved reward budget back, groups past their deadline are
  // settled (refunds flagged, leads given back), and F码 due to move go to their givers or the
  // waitlist (its people told), even if nobody looks at them again.
  const sweep = setInterval(() => {
    const now = clock();
    expireAssists(store, now)
      .then(() => store.transaction((tx) => settleGroups(tx, now)))
      .then(() => settleAllFcodes(store, now))
      .catch((error: unknown) => console.error('[host] sweep failed', error));
  }, 60_000);
  sweep.unref();

  const stop = () => {
    clearInterval(sweep);
    server.close();
    server.closeAllConnections();
    void store.close().finally(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
