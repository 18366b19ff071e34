// `npm start`: builds the H5 app when it is missing or stale, then runs the local host
// (H5 app + every function at POST /api/<name>) on PGlite, with the demo campaigns.
import { spawnSync } from 'node:child_process';
import { runTs } from './run-ts.mjs';

const built = spawnSync(process.execPath, ['scripts/ensure-build.mjs', 'h5'], { stdio: 'inherit' });
if (built.status !== 0) process.exit(built.status ?? 1);
process.exit(await runTs('cloudfunctions/host/main.ts'));
