import { spawnSync } from 'node:child_process';

/**
 * Runs a node script with its output captured (taro's progress bar would drown the bench's
 * own lines) and shows the output only when it fails.
 */
export function runNodeQuietly(root: string, args: string[]): void {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.split('\n').slice(-40).join('\n');
    throw new Error(
      `node ${args.join(' ')} failed (${result.status ?? result.signal}):\n${output}`,
    );
  }
}
