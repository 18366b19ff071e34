import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';

export interface SpawnedHost {
  url: string;
  stop(): Promise<void>;
}

export interface SpawnHostOptions {
  /** The repository root (where scripts/run-ts.mjs is). */
  root: string;
  /** PGlite's data dir. PGlite loses writes when two processes share one: one host per dir. */
  dataDir: string;
  /** More environment, over the defaults (a free port, PGlite, no request log). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

const STOP_GRACE_MS = 5_000;

/**
 * The local host as `npm start` runs it (cloudfunctions/host/main.ts: the H5 build, every
 * function, demo campaigns), on a free port and PGlite in `dataDir` (DATABASE_URL is cleared),
 * resolved once it prints its URL. It runs in its own process group (run-ts and the bundled
 * host under it), so `stop` ends both, with SIGKILL if SIGTERM is not enough. The benches, the
 * merchant's preview and the browser tests all start it here.
 */
export async function spawnHost(options: SpawnHostOptions): Promise<SpawnedHost> {
  const child = spawn(
    process.execPath,
    [path.join(options.root, 'scripts/run-ts.mjs'), 'cloudfunctions/host/main.ts'],
    {
      cwd: options.root,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PORT: '0',
        FISSION_DATA_DIR: options.dataDir,
        DATABASE_URL: '',
        // A line per call would be measured with a bench and bury what a preview reports.
        FISSION_REQUEST_LOG: 'off',
        ...options.env,
      },
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
    const group = -child.pid;
    const signal = (name: NodeJS.Signals) => {
      try {
        process.kill(group, name);
      } catch {
        // Already gone.
      }
    };
    signal('SIGTERM');
    const timer = setTimeout(() => signal('SIGKILL'), STOP_GRACE_MS);
    await exited;
    clearTimeout(timer);
  };

  const started = listenedUrl(child, options.timeoutMs ?? 60_000);
  try {
    const url = await started.url;
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * The URL a starting host prints (`Fission host on http://127.0.0.1:…/`), or a rejection when
 * it exits first or is not up within `timeoutMs`; `output()` is everything it wrote so far.
 */
export function listenedUrl(
  child: ChildProcess,
  timeoutMs: number,
): { url: Promise<string>; output(): string } {
  let output = '';
  const url = new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(new Error(`the local host did not start within ${timeoutMs / 1000} s:\n${output}`)),
      timeoutMs,
    );
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
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`the local host exited (${signal ?? code}) before it listened:\n${output}`));
    });
  });
  return { url, output: () => output };
}
