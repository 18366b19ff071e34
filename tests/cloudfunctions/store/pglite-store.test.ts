import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../../cloudfunctions/store/open-store';

describe('PGlite, file-backed', () => {
  test('data survives a reopen, and a second process on the same dir fails clearly', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fission-pglite-'));
    const first = await openStore({ dataDir: dir });
    await first.query(
      `insert into campaign (id, kind, status, config, created_at, updated_at)
       values ('kept', 'coupon', 'live', '{}', now(), now())`,
    );

    const script = path.resolve(__dirname, '../../../scripts/run-ts.mjs');
    const second = spawn(process.execPath, [script, 'cloudfunctions/host/main.ts'], {
      cwd: path.resolve(__dirname, '../../..'),
      env: { ...process.env, FISSION_DATA_DIR: dir, PORT: '0', DATABASE_URL: '' },
    });
    let stderr = '';
    second.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => second.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toMatch(/already open in process \d+/);

    await first.close();
    const reopened = await openStore({ dataDir: dir });
    expect(await reopened.query('select id from campaign')).toEqual([{ id: 'kept' }]);
    await reopened.close();
    // It spawns the host (an esbuild bundle, then PGlite): seconds, more on a busy machine.
  }, 30_000);
});
