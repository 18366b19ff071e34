import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import type { Caller, Deps } from '../../../cloudfunctions/usecases/deps';
import { functionHandlers, type FunctionName } from '../../../cloudfunctions/functions/registry';
import { openStore } from '../../../cloudfunctions/store/open-store';
import type { Store } from '../../../cloudfunctions/store/store';
import { TestClock } from '../../support/harness';

type Result = FunctionResult<any>;

/**
 * A migrated schema of its own on the PostgreSQL server, a test pool whose connections carry
 * an application_name of their own (so they, and only they, can be killed), and an admin
 * connection outside any transaction to watch and kill them.
 */
export interface Server {
  /** The connection string the test pool uses, without its application_name. */
  url: string;
  store: Store;
  schema: string;
  admin: Client;
  appName: string;
  /** Runs before the store closes (a held row lock would keep the pool from draining). */
  onClose(cleanup: () => Promise<void>): void;
  call(name: FunctionName, event: unknown, openid: string, role?: Caller['role']): Promise<Result>;
  /** Kills every backend of the test pool; resolves with how many were killed. */
  terminate(): Promise<number>;
  /** Waits (bounded) until `count` test-pool backends are waiting on a lock. */
  waitForBlocked(count: number): Promise<void>;
  close(): Promise<void>;
}

export async function openServer(url: string): Promise<Server> {
  const schema = `t_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  const appName = `fission-lost-${schema}`;
  const admin = new Client({ connectionString: url, application_name: 'fission-lost-admin' });
  await admin.connect();
  await admin.query(`create schema ${schema}`);
  const poolUrl = new URL(url);
  poolUrl.searchParams.set('application_name', appName);
  const store = await openStore({
    databaseUrl: poolUrl.toString(),
    searchPath: schema,
    poolMax: 12,
  });
  const clock = new TestClock(new Date('2026-03-01T10:00:00.000+08:00'));
  const deps: Deps = { store, clock: clock.now };
  const cleanups: (() => Promise<void>)[] = [];
  return {
    url,
    store,
    schema,
    admin,
    appName,
    onClose: (cleanup) => cleanups.push(cleanup),
    call: (name, event, openid, role = 'shopper') =>
      functionHandlers[name](event, { openid, role }, deps) as Promise<Result>,
    async terminate() {
      const { rows } = await admin.query<{ pid: number; killed: boolean }>(
        `select pid, pg_terminate_backend(pid) as killed from pg_stat_activity
          where datname = current_database() and pid <> pg_backend_pid() and application_name = $1`,
        [appName],
      );
      // The pool's idle clients learn of it only when they read the server's goodbye: wait
      // until those backends are gone and give the clients a moment to read it, or the test's
      // own next check could go out on a dead connection (under load, CI saw exactly that).
      const killed = rows.filter((r) => r.killed).map((r) => r.pid);
      const deadline = Date.now() + 5_000;
      while (killed.length > 0 && Date.now() < deadline) {
        const left = await admin.query(
          `select count(*)::int as n from pg_stat_activity where pid = any($1::int[])`,
          [killed],
        );
        if (left.rows[0].n === 0) break;
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      await new Promise((resolve) => setTimeout(resolve, 20));
      return killed.length;
    },
    async waitForBlocked(count) {
      const deadline = Date.now() + 10_000;
      while (Date.now() < deadline) {
        const { rows } = await admin.query(
          `select count(*)::int as n from pg_stat_activity
            where application_name = $1 and wait_event_type = 'Lock'`,
          [appName],
        );
        if (rows[0].n >= count) return;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      throw new Error(`${count} transactions never blocked on the admin's lock`);
    },
    async close() {
      try {
        for (const cleanup of cleanups) await cleanup();
        await store.close();
      } finally {
        await admin.query(`drop schema if exists ${schema} cascade`);
        await admin.end();
      }
    },
  };
}

/**
 * Holds `select … for update` on one row from a connection of its own until released. (Not
 * the admin's: inside a transaction pg_stat_activity is a cached snapshot, so the admin must
 * stay outside one to watch the test pool.)
 */
export async function holdRow(s: Server, table: string, id: string): Promise<() => Promise<void>> {
  const locker = new Client({
    connectionString: s.url,
    application_name: 'fission-lost-locker',
  });
  await locker.connect();
  await locker.query(`set search_path = ${s.schema}`);
  await locker.query('begin');
  const { rows } = await locker.query(`select id from ${table} where id = $1 for update`, [id]);
  if (rows.length !== 1) throw new Error(`no ${table} ${id} to lock`);
  let released = false;
  const release = async () => {
    if (released) return;
    released = true;
    await locker.query('rollback');
    await locker.end();
  };
  s.onClose(release);
  return release;
}
