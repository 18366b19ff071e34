import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnHost } from '../../../scripts/lib/spawn-host';

const root = path.resolve(__dirname, '../../..');

export interface RunningHost {
  url: string;
  dataDir: string;
  stop(): Promise<void>;
}

export interface StartHostOptions {
  /**
   * Reopen this data dir (a stopped host's `dataDir`) instead of a fresh temporary one, e.g.
   * to restart with `FISSION_CLOCK_OFFSET_MS` on the same data. One host per data dir at a
   * time (PGlite): stop the previous one first.
   */
  dataDir?: string;
}

/**
 * The product as `npm start` runs it (the local host on PGlite, demo campaigns seeded), on a
 * free port and a temporary data dir. DATABASE_URL is cleared: this is the default setup. The
 * request log is off unless a test asks for it: a journey makes hundreds of calls.
 */
export async function startHost(
  env: Record<string, string> = {},
  options: StartHostOptions = {},
): Promise<RunningHost> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fission-e2e-'));
  const host = await spawnHost({ root, dataDir, env });
  return { url: host.url, dataDir, stop: host.stop };
}

/** Calls a function through the host as `persona`, as the H5 app does. */
export async function api<T = any>(
  host: RunningHost,
  name: string,
  event: unknown,
  persona: string,
): Promise<T> {
  const response = await fetch(`${host.url}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-fission-openid': persona },
    body: JSON.stringify(event),
  });
  return (await response.json()) as T;
}
