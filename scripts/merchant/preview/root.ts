import fs from 'node:fs';
import path from 'node:path';

/**
 * The repository root, found from this file upwards: the same answer from the sources (under
 * scripts/merchant/preview, as tests import them) and from run-ts's bundle (under .cache/run).
 */
function findRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'scripts', 'run-ts.mjs'))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no repository root above ${from}`);
  }
}

export const ROOT = findRoot(__dirname);
