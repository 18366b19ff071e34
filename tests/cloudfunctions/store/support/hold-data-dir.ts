// Holds a PGlite data dir's lock with the real lockDataDir, as a host does, until killed.
import { lockDataDir } from '../../../../cloudfunctions/store/data-dir-lock';

lockDataDir(process.argv[2] ?? '.');
process.stdout.write('locked\n');
setInterval(() => undefined, 60_000);
