import { spawn } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';

export interface BenchHostClient {
  url: string;
  prepare(count: number, tag: string): Promise<string[]>;
  stop(): Promise<void>;
}

/** Starts scripts/bench/bench-host.ts (through run-ts) and speaks its JSON-lines protocol. */
export async function startBenchHost(
  root: string,
  env: Record<string, string>,
): Promise<BenchHostClient> {
  const child = spawn(
    process.execPath,
    [path.join(root, 'scripts/run-ts.mjs'), 'scripts/bench/bench-host.ts'],
    { cwd: root, env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const waiting: ((message: Record<string, unknown>) => void)[] = [];
  let exited: Error | undefined;
  const fail = (error: Error) => {
    exited = error;
    for (const w of waiting.splice(0)) w({ error });
  };
  child.on('exit', (code, signal) => fail(new Error(`bench host exited (${code ?? signal})`)));
  readline.createInterface({ input: child.stdout }).on('line', (line) => {
    let message: Record<string, unknown>;
    try {
      message = JSON.parse(line) as Record<string, unknown>;
    } catch {
      return; // not ours (a library's log line)
    }
    waiting.shift()?.(message);
  });
  const next = () =>
    new Promise<Record<string, unknown>>((resolve, reject) => {
      if (exited) return reject(exited);
      waiting.push((message) =>
        message.error instanceof Error ? reject(message.error) : resolve(message),
      );
    });

  const listening = await next();
  const url = String(listening.listening);
  return {
    url,
    async prepare(count, tag) {
      const reply = next();
      child.stdin.write(`${JSON.stringify({ prepare: { count, tag } })}\n`);
      return ((await reply).prepared as { bargainIds: string[] }).bargainIds;
    },
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const timer = setTimeout(() => child.kill('SIGTERM'), 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.stdin.end();
      }),
  };
}
