import path from 'node:path';
import { spawnHost, type SpawnedHost } from '../../lib/spawn-host';
import { ROOT } from './root';

export type LocalHost = SpawnedHost;

/**
 * The local host for a preview: PGlite in `dataDir` (a preview never touches a real
 * database), the merchant persona, the clock moved by `clockOffsetMs`. Stop one host before
 * starting the next on the same dir.
 */
export function startLocalHost(options: {
  dataDir: string;
  clockOffsetMs: number;
}): Promise<LocalHost> {
  return spawnHost({
    root: ROOT,
    dataDir: options.dataDir,
    env: {
      FISSION_MERCHANTS: 'merchant',
      FISSION_STATIC_DIR: path.join(ROOT, 'dist-h5'),
      FISSION_CLOCK_OFFSET_MS: String(Math.round(options.clockOffsetMs)),
    },
  });
}
