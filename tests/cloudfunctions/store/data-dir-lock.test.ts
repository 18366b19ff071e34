import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lockDataDir } from '../../../cloudfunctions/store/data-dir-lock';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'fission-lock-'));

describe('one process per PGlite data dir', () => {
  test('a second holder is refused with a message that names the owner and the way out', () => {
    const dir = tempDir();
    const release = lockDataDir(dir);
    try {
      // A real second process, as when two hosts are started on the same folder.
      const child = spawnSync(
        process.execPath,
        [
          '-e',
          `const fs=require('fs');try{fs.writeFileSync(${JSON.stringify(path.join(dir, 'fission.lock'))},'x',{flag:'wx'});process.exit(3)}catch(e){process.exit(e.code==='EEXIST'?0:4)}`,
        ],
        { encoding: 'utf8' },
      );
      expect(child.status).toBe(0);
      expect(() => lockDataDir(dir)).toThrow(
        new RegExp(`already open in process ${process.pid}.*FISSION_DATA_DIR`),
      );
    } finally {
      release();
    }
    expect(fs.existsSync(path.join(dir, 'fission.lock'))).toBe(false);
  });

  test('a lock left by a dead process is taken over', () => {
    const dir = tempDir();
    const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], {
      encoding: 'utf8',
    });
    fs.writeFileSync(path.join(dir, 'fission.lock'), dead.stdout);
    const release = lockDataDir(dir);
    expect(fs.readFileSync(path.join(dir, 'fission.lock'), 'utf8')).toBe(String(process.pid));
    release();
  });
});
