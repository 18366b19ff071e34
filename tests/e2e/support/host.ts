import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

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
 * free port and a temporary data dir. DATABASE_URL is cleared: this is the default setup.
 */
export async function startHost(
  env: Record<string, string> = {},
  options: StartHostOptions = {},
): Promise<RunningHost> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'fission-e2e-'));
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'scripts/run-ts.mjs'), 'cloudfunctions/host/main.ts'],
    {
      cwd: root,
      // The request log is off unless a test asks for it: a journey makes hundreds of calls.
      env: {
        ...process.env,
        PORT: '0',
        FISSION_DATA_DIR: dataDir,
        DATABASE_URL: '',
        FISSION_REQUEST_LOG: 'off',
        ...env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Fission host on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`host exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
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
