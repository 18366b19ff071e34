/**
 * `npm start`'s host process as a newcomer meets it: the ready line with the demo's landing
 * URL, the request log on by default (FISSION_REQUEST_LOG=off turns it off), and a busy port
 * refused in one sentence that says how to set PORT.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(__dirname, '../../..');

interface Run {
  output: () => string;
  exited: Promise<number | null>;
  stop: () => void;
}

function runHost(env: Record<string, string>): Run {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fission-main-'));
  const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'cloudfunctions/host/main.ts'], {
    cwd: root,
    env: { ...process.env, FISSION_DATA_DIR: dataDir, DATABASE_URL: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { output: () => output, exited, stop: () => child.kill('SIGTERM') };
}

async function until<T>(read: () => T | undefined, what: string, ms = 60_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`no ${what} in time`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const readyUrl = (run: Run) =>
  /Fission host on (http:\/\/127\.0\.0\.1:\d+)\//.exec(run.output())?.[1];

describe('npm start (the host process)', () => {
  test('a busy port: one sentence naming the port and PORT, exit 1, no stack trace', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    try {
      const run = runHost({ PORT: String(port) });
      expect(await run.exited).toBe(1);
      expect(run.output().trim()).toBe(
        `Port ${port} is already in use (another \`npm start\`?): stop it, or choose another port with PORT, e.g. PORT=${port + 1} npm start`,
      );
    } finally {
      blocker.close();
    }
  });

  test('the ready line gives the demo landing URL, and each call is logged', async () => {
    const run = runHost({ PORT: '0' });
    try {
      const url = await until(() => readyUrl(run), 'ready line');
      // The demo line is printed right after the ready line, but may arrive in a later chunk.
      const demo = `Open the demo: ${url}/#/pages/landing/index?campaignId=demo-bargain`;
      await until(() => (run.output().includes(demo) ? true : undefined), demo, 5_000);
      expect(run.output()).toContain(demo);
      await fetch(`${url}/api/campaign`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-fission-openid': 'u1' },
        body: JSON.stringify({ action: 'get', campaignId: 'demo-bargain' }),
      });
      await until(
        () => (/\[host\] POST campaign\.get 200 \d+ ms/.test(run.output()) ? true : undefined),
        'request log line',
        5_000,
      );
    } finally {
      run.stop();
      await run.exited;
    }
  });

  test('FISSION_REQUEST_LOG=off: no request lines', async () => {
    const run = runHost({ PORT: '0', FISSION_REQUEST_LOG: 'off' });
    try {
      const url = await until(() => readyUrl(run), 'ready line');
      const response = await fetch(`${url}/api/campaign`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-fission-openid': 'u1' },
        body: JSON.stringify({ action: 'get', campaignId: 'demo-bargain' }),
      });
      expect(response.status).toBe(200);
      await new Promise((r) => setTimeout(r, 200));
      expect(run.output()).not.toContain('campaign.get');
    } finally {
      run.stop();
      await run.exited;
    }
  });
});
