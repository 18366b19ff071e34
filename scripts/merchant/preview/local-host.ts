import { spawn } from 'node:child_process';
import path from 'node:path';
import { ROOT } from './root';

export interface LocalHost {
  url: string;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60_000;
const STOP_GRACE_MS = 5_000;

/**
 * The local host as `npm start` runs it, on a free port, PGlite in `dataDir` (DATABASE_URL is
 * cleared: a preview never touches a real database), the clock moved by `clockOffsetMs`.
 * It runs in its own process group (run-ts plus the bundled host under it), so `stop` ends
 * both even when the host ignores SIGTERM. PGlite loses writes when two processes share a
 * data dir: stop one host before starting the next on the same dir.
 */
export async function startLocalHost(options: {
  dataDir: string;
  clockOffsetMs: number;
}): Promise<LocalHost> {
  const child = spawn(
    process.execPath,
    [path.join(ROOT, 'scripts/run-ts.mjs'), 'cloudfunctions/host/main.ts'],
    {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        PORT: '0',
        FISSION_DATA_DIR: options.dataDir,
        FISSION_MERCHANTS: 'merchant',
        FISSION_STATIC_DIR: path.join(ROOT, 'dist-h5'),
        FISSION_CLOCK_OFFSET_MS: String(Math.round(options.clockOffsetMs)),
        DATABASE_URL: '',
        // The preview reports what it captured; a line per call would bury it.
        FISSION_REQUEST_LOG: 'off',
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

  let output = '';
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the local host did not start within 60 s:\n${output}`)),
        START_TIMEOUT_MS,
      );
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Fission host on (http:\/\/127\.0\.0\.1:\d+)\//.exec(output);
        if (match?.[1]) {
          clearTimeout(timer);
          resolve(match[1]);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`the local host exited with ${code}:\n${output}`));
      });
    });
    return { url, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
