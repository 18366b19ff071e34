import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnHost, type SpawnedHost } from '../../lib/spawn-host';

export type AppHost = SpawnedHost;

/** The product as `npm start` runs it, on a free port and a temporary data dir. */
export async function startAppHost(root: string): Promise<AppHost> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fission-bench-host-'));
  const cleanup = () => fs.rmSync(dataDir, { recursive: true, force: true });
  try {
    const host = await spawnHost({ root, dataDir, timeoutMs: 120_000 });
    return {
      url: host.url,
      stop: async () => {
        await host.stop();
        cleanup();
      },
    };
  } catch (error) {
    cleanup();
    throw error;
  }
}
