import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildSync } from 'esbuild';
import { lockDataDir } from '../../../cloudfunctions/store/data-dir-lock';

const tempDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'fission-lock-'));
const lockFile = (dir: string) => path.join(dir, 'fission.lock');
const procState = (pid: number) => {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[0];
  } catch {
    return 'gone';
  }
};
const until = async (what: () => boolean, ms = 10_000) => {
  const end = Date.now() + ms;
  while (!what()) {
    if (Date.now() > end) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};

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
    expect(fs.readFileSync(lockFile(dir), 'utf8')).toMatch(new RegExp(`^${process.pid}\\b`));
    release();
  });

  const linux = fs.existsSync('/proc/self/stat') ? describe : describe.skip;
  linux('a host killed with kill -9 (Linux: /proc tells the living from the dead)', () => {
    let holderJs: string;
    beforeAll(() => {
      holderJs = path.join(tempDir(), 'hold-data-dir.cjs');
      buildSync({
        entryPoints: [path.join(__dirname, 'support/hold-data-dir.ts')],
        bundle: true,
        platform: 'node',
        format: 'cjs',
        outfile: holderJs,
        logLevel: 'silent',
      });
    });

    test('a restart right after kill -9 takes the lock at once, though the dead one is a zombie', async () => {
      const dir = tempDir();
      // perl forks the holder and never reaps it: killed, it stays a zombie, as it does for
      // the moment before any parent reaps it. kill(pid, 0) still succeeds on a zombie.
      let holder = 0;
      const parent = spawn(
        'perl',
        [
          '-e',
          '$| = 1; my $p = fork; if (!$p) { exec @ARGV } print "$p\\n"; sleep 60',
          process.execPath,
          holderJs,
          dir,
        ],
        { stdio: ['ignore', 'pipe', 'inherit'] },
      );
      try {
        let pid = 0;
        parent.stdout.once('data', (d: Buffer) => (pid = Number(String(d).trim())));
        await until(() => pid > 0);
        holder = pid;
        await until(() => fs.existsSync(lockFile(dir)));
        // While it lives, a second host is refused.
        expect(() => lockDataDir(dir)).toThrow(/already open in process/);
        process.kill(pid, 'SIGKILL');
        await until(() => procState(pid) === 'Z' || procState(pid) === 'gone');
        expect(() => process.kill(pid, 0)).not.toThrow(); // the zombie still "exists"
        const release = lockDataDir(dir);
        release();
      } finally {
        if (holder > 0 && procState(holder) !== 'gone') process.kill(holder, 'SIGKILL');
        parent.kill('SIGKILL');
      }
    });

    test('a lock naming a live pid that has since been reused by another program is taken over', () => {
      const dir = tempDir();
      // Our own pid with a start time that is not ours: the owner it names is long gone.
      fs.writeFileSync(lockFile(dir), `${process.pid} 1`);
      const release = lockDataDir(dir);
      // The lock is ours now: it names this process as it really is, not the stale owner.
      expect(fs.readFileSync(lockFile(dir), 'utf8')).not.toBe(`${process.pid} 1`);
      release();
    });
  });
});
