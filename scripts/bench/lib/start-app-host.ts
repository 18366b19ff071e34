import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface AppHost {
  url: string;
  stop(): Promise<void>;
}

/**
 * The product as `npm start` runs it (cloudfunctions/host/main.ts: the H5 build, every
 * function, PGlite, demo campaigns), on a free port and a temporary data dir.
 */
export async function startAppHost(root: string): Promise<AppHost> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fission-bench-host-'));
  const child = spawn(
    process.execPath,
    [path.join(root, 'scripts/run-ts.mjs'), 'cloudfunctions/host/main.ts'],
    {
      cwd: root,
      // No request log: a line per call would be measured with the page.
      env: {
        ...process.env,
        PORT: '0',
        FISSION_DATA_DIR: dataDir,
        DATABASE_URL: '',
        FISSION_REQUEST_LOG: 'off',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  const cleanup = () => fs.rmSync(dataDir, { recursive: true, force: true });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`host did not start:\n${output}`)), 120_000);
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
        reject(new Error(`host exited with ${code}:\n${output}`));
      });
    });
    return {
      url,
      stop: () =>
        new Promise<void>((resolve) => {
          const done = () => {
            cleanup();
            resolve();
          };
          if (child.exitCode !== null || child.signalCode !== null) return done();
          child.once('exit', done);
          child.kill('SIGTERM');
        }),
    };
  } catch (error) {
    child.kill('SIGTERM');
    cleanup();
    throw error;
  }
}
