/**
 * A database that is down, dropped or stuck answers a typed, retryable 503 — UNAVAILABLE or
 * BUSY with `retry-after` — through the host, never a 500 and never a hang: every connection
 * carries a pool acquire timeout, lock_timeout and statement_timeout (pg-store.ts), and
 * PGlite's single connection an acquire timeout (pglite-store.ts).
 */
import { randomUUID } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type http from 'node:http';
import { Client } from 'pg';
import { createHost } from '../../../cloudfunctions/host/create-host';
import type { Deps } from '../../../cloudfunctions/usecases/deps';
import { functionHandlers } from '../../../cloudfunctions/functions/registry';
import { lazyStore } from '../../../cloudfunctions/store/lazy-store';
import { migrate } from '../../../cloudfunctions/store/migrate';
import { openStore } from '../../../cloudfunctions/store/open-store';
import { openPgStore } from '../../../cloudfunctions/store/pg-store';
import type { Store } from '../../../cloudfunctions/store/store';
import { saveCampaign } from '../../../cloudfunctions/usecases/campaign/save-campaign';
import { aBargainCampaign } from '../../support/builders/campaign-config';
import { describeOnServer } from '../../support/on-server';

const databaseUrl = process.env.DATABASE_URL;
const NOW = new Date('2026-03-01T10:00:00.000+08:00');

async function serve(store: Store): Promise<{ url: string; server: http.Server }> {
  const server = createHost({ deps: { store, clock: () => NOW }, merchants: new Set() });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

async function post(url: string, name: string, event: unknown) {
  const response = await fetch(`${url}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-fission-openid': 'amy' },
    body: JSON.stringify(event),
  });
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as { ok: boolean; error?: { code: string } },
  };
}

const closeServer = (server: http.Server) =>
  new Promise<void>((resolve) => {
    server.close(() => resolve());
    server.closeAllConnections();
  });

describe('an unreachable database', () => {
  test('answers 503 UNAVAILABLE with retry-after through the host, not 500', async () => {
    // Nothing listens on port 1: every connect is refused, as with a stopped server.
    const store = lazyStore('pg', async () => {
      const pg = openPgStore({ connectionString: 'postgres://postgres@127.0.0.1:1/none' });
      try {
        await migrate(pg);
      } catch (error) {
        await pg.close();
        throw error;
      }
      return pg;
    });
    const { url, server } = await serve(store);
    try {
      const answer = await post(url, 'campaign', { action: 'get', campaignId: 'demo-bargain' });
      expect(answer).toEqual({
        status: 503,
        retryAfter: '5',
        body: {
          ok: false,
          error: { code: 'UNAVAILABLE', message: expect.any(String), retryAfterSeconds: 5 },
        },
      });
    } finally {
      await closeServer(server);
    }
  });
});

describeOnServer('a database that goes away, on the PostgreSQL server', () => {
  let admin: Client;
  beforeAll(async () => {
    admin = new Client({ connectionString: databaseUrl });
    await admin.connect();
  });
  afterAll(() => admin.end());

  test('a dropped database answers 503 UNAVAILABLE with retry-after', async () => {
    const name = `fission_dropped_${randomUUID().replace(/-/g, '').slice(0, 10)}`;
    await admin.query(`create database ${name}`);
    const url = new URL(databaseUrl!);
    url.pathname = `/${name}`;
    const store = await openStore({ databaseUrl: url.toString() });
    const { url: hostUrl, server } = await serve(store);
    try {
      await saveCampaign(store, aBargainCampaign({}, { id: 'drop-me' }), 'live', NOW);
      expect(
        (await post(hostUrl, 'campaign', { action: 'get', campaignId: 'drop-me' })).status,
      ).toBe(200);
      await admin.query(`drop database ${name} with (force)`);
      const answer = await post(hostUrl, 'campaign', { action: 'get', campaignId: 'drop-me' });
      expect(answer.status).toBe(503);
      expect(answer.retryAfter).toBe('5');
      expect(answer.body.error?.code).toBe('UNAVAILABLE');
    } finally {
      await closeServer(server);
      await store.close();
      await admin.query(`drop database if exists ${name} with (force)`);
    }
  });

  describe('bounded waits', () => {
    let store: Store;
    let schema: string;
    let deps: Deps;
    const LOCK_MS = 200;
    beforeAll(async () => {
      schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
      await admin.query(`create schema ${schema}`);
      store = await openStore({
        databaseUrl,
        searchPath: schema,
        poolMax: 2,
        timeouts: { lockMs: LOCK_MS, acquireMs: LOCK_MS, statementMs: 1000 },
      });
      deps = { store, clock: () => NOW };
      await saveCampaign(store, aBargainCampaign({}, { id: 'held' }), 'live', NOW);
    });
    afterAll(async () => {
      await store.close();
      await admin.query(`drop schema ${schema} cascade`);
    });

    const help = async (bargainId: string, openid: string) =>
      functionHandlers.bargain({ action: 'help', bargainId }, { openid, role: 'shopper' }, deps);

    test('a help behind a row lock held elsewhere answers BUSY within the lock bound', async () => {
      const started = await functionHandlers.bargain(
        { action: 'start', campaignId: 'held' },
        { openid: 'initiator', role: 'shopper' },
        deps,
      );
      if (!started.ok) throw new Error(started.error.code);
      const bargainId = (started.data as { bargain: { id: string } }).bargain.id;
      const holder = new Client({ connectionString: databaseUrl });
      await holder.connect();
      try {
        await holder.query('begin');
        await holder.query(`select 1 from ${schema}.bargain where id = $1 for update`, [bargainId]);
        const t0 = Date.now();
        const answer = await help(bargainId, 'friend');
        const waited = Date.now() - t0;
        expect(answer).toEqual({
          ok: false,
          error: { code: 'BUSY', message: expect.any(String), retryAfterSeconds: 1 },
        });
        // Bounded by lock_timeout, not by the holder: well under the statement bound.
        expect(waited).toBeLessThan(1000);
      } finally {
        await holder.query('rollback');
        await holder.end();
      }
      // Nothing was changed: the same help goes through once the lock is gone.
      expect((await help(bargainId, 'friend')).ok).toBe(true);
    });

    test('a call that finds the pool taken answers BUSY within the acquire bound', async () => {
      let releaseHolders!: () => void;
      const held = new Promise<void>((resolve) => (releaseHolders = resolve));
      const holders = [1, 2].map(() => store.transaction(() => held));
      try {
        const answer = await functionHandlers.campaign(
          { action: 'get', campaignId: 'held' },
          { openid: 'amy', role: 'shopper' },
          deps,
        );
        expect(answer.ok ? 'ok' : answer.error.code).toBe('BUSY');
      } finally {
        releaseHolders();
        await Promise.all(holders);
      }
    });
  });
});

describe('PGlite', () => {
  test('a call that waits past the acquire bound for the one connection answers BUSY', async () => {
    const store = await openStore({ timeouts: { acquireMs: 50 } });
    const deps: Deps = { store, clock: () => NOW };
    let releaseHolder!: () => void;
    const holder = store.transaction(
      () => new Promise<void>((resolve) => (releaseHolder = resolve)),
    );
    try {
      const answer = await functionHandlers.campaign(
        { action: 'get', campaignId: 'any' },
        { openid: 'amy', role: 'shopper' },
        deps,
      );
      expect(answer.ok ? 'ok' : answer.error.code).toBe('BUSY');
    } finally {
      releaseHolder();
      await holder;
      await store.close();
    }
  });
});
