import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { listenedUrl } from '../../../scripts/lib/spawn-host';

const root = path.resolve(__dirname, '../../..');
const bundleDir = path.join(root, '.cache', 'reliability');
const bundleFile = path.join(bundleDir, 'host-main.cjs');

let bundled: Promise<string> | undefined;

/**
 * The host's entry bundled once, as scripts/run-ts.mjs bundles it (esbuild, CommonJS, node
 * packages external, SQL as text), so the test can spawn the server process itself: `npm
 * start` runs node → node, and SIGKILL has to reach the process that holds the data dir.
 * Written under a temporary name and renamed, so a concurrent run never loads half a file.
 */
export function bundleHost(): Promise<string> {
  bundled ??= (async () => {
    fs.mkdirSync(bundleDir, { recursive: true });
    const partial = `${bundleFile}.${process.pid}.tmp`;
    await esbuild.build({
      entryPoints: [path.join(root, 'cloudfunctions/host/main.ts')],
      outfile: partial,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      loader: { '.sql': 'text' },
      packages: 'external',
      logLevel: 'warning',
    });
    fs.renameSync(partial, bundleFile);
    return bundleFile;
  })();
  return bundled;
}

export interface SpawnedHost {
  url: string;
  child: ChildProcess;
  /** Everything the process wrote, for failure messages. */
  output(): string;
  /** Resolves with the signal or code once the process is gone. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGKILL: no handler runs, no lock is released, nothing is flushed by the process. */
  kill(): Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  /** SIGTERM: the host's own graceful stop (closes the store, releases the lock). */
  stop(): Promise<void>;
}

/** The real host on PGlite in `dataDir`, on a free port, with the child process exposed. */
export async function spawnHost(dataDir: string, timeoutMs = 60_000): Promise<SpawnedHost> {
  const entry = await bundleHost();
  const child = spawn(process.execPath, ['--enable-source-maps', entry], {
    cwd: root,
    env: {
      ...process.env,
      PORT: '0',
      FISSION_DATA_DIR: dataDir,
      DATABASE_URL: '',
      FISSION_MERCHANTS: 'merchant',
      // Storms of calls: their lines would bury the output kept for failure messages.
      FISSION_REQUEST_LOG: 'off',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const started = listenedUrl(child, timeoutMs);
  const output = started.output;
  let url: string;
  try {
    url = await started.url;
  } catch (error) {
    child.kill('SIGKILL');
    throw error;
  }
  return {
    url,
    child,
    output,
    exited,
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      return exited;
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      const bounded = new Promise<'late'>((resolve) => setTimeout(resolve, 15_000, 'late').unref());
      if ((await Promise.race([exited, bounded])) === 'late') {
        child.kill('SIGKILL');
        await exited;
        throw new Error(`host ignored SIGTERM for 15 s:\n${output()}`);
      }
    },
  };
}

export interface ApiAnswer {
  status: number;
  body: any;
}

/** POST /api/<name> as `persona`; a connection the host dropped comes back as `null`. */
export async function callHost(
  url: string,
  name: string,
  event: unknown,
  persona: string,
  timeoutMs = 20_000,
): Promise<ApiAnswer | null> {
  try {
    const response = await fetch(`${url}/api/${name}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-fission-openid': persona },
      body: JSON.stringify(event),
      signal: AbortSignal.timeout(timeoutMs),
    });
    return { status: response.status, body: await response.json() };
  } catch {
    return null;
  }
}
