import fs from 'node:fs';
import path from 'node:path';

const LOCK_NAME = 'fission.lock';

/**
 * A process's start time in clock ticks since boot (field 22 of /proc/<pid>/stat), or null
 * when the process is gone or is a zombie: killed (`kill -9`) but not yet reaped, it still
 * answers `kill(pid, 0)`, yet it holds nothing any more. Undefined where /proc does not exist.
 */
function procStart(pid: number): string | null | undefined {
  if (!fs.existsSync('/proc/self/stat')) return undefined;
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may hold spaces: split after it.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const state = fields[0];
  if (state === 'Z' || state === 'X') return null;
  return fields[19] ?? null;
}

function ownerIsAlive(pid: number, started: string | undefined): boolean {
  const now = procStart(pid);
  if (now !== undefined) return now !== null && (started === undefined || now === started);
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * PGlite cannot share a data dir between processes: a second one would open it happily and
 * silently lose writes. So the first process holds a lock file naming its pid and start time,
 * and any other live process is refused with a message that says what to do. A lock left by a
 * process that died — exited, killed, a zombie not yet reaped, or a pid since reused by
 * another program — is taken over at once, so a crashed host restarts immediately.
 */
export function lockDataDir(dataDir: string): () => void {
  fs.mkdirSync(dataDir, { recursive: true });
  const file = path.join(dataDir, LOCK_NAME);
  const mine = `${process.pid} ${procStart(process.pid) ?? ''}`.trim();
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      fs.writeFileSync(file, mine, { flag: 'wx' });
      let released = false;
      const release = () => {
        if (released) return;
        released = true;
        process.off('exit', release);
        try {
          if (fs.readFileSync(file, 'utf8') === mine) fs.unlinkSync(file);
        } catch {
          // Already gone: nothing to release.
        }
      };
      process.on('exit', release);
      return release;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const [pidText, started] = fs.readFileSync(file, 'utf8').trim().split(' ');
      const owner = Number(pidText);
      if (Number.isInteger(owner) && owner > 0 && ownerIsAlive(owner, started)) {
        throw new Error(
          `The data dir ${dataDir} is already open in process ${owner}. PGlite cannot share a ` +
            'data dir between processes (the second would silently lose writes): stop that ' +
            'process, or set FISSION_DATA_DIR to another folder.',
        );
      }
      fs.rmSync(file, { force: true });
    }
  }
  throw new Error(`Could not lock the data dir ${dataDir}`);
}
