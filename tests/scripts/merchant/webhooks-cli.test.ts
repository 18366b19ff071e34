import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { api, startHost, type RunningHost } from '../../e2e/support/host';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver';

const root = path.resolve(__dirname, '../../..');
const run = promisify(execFile);

/**
 * `npm run webhooks` as a merchant uses it, against the real host: add an endpoint (the secret
 * printed once), a help delivered to a real receiver, the history listed, one delivery replayed.
 */
describe('npm run webhooks', () => {
  let host: RunningHost;
  let receiver: WebhookReceiver;
  let secret = '';
  beforeAll(async () => {
    receiver = await startWebhookReceiver({ secret: () => secret, failFirst: 1 });
    host = await startHost({ FISSION_DISPATCH_INTERVAL_MS: '200' });
  });
  afterAll(async () => {
    await host?.stop();
    await receiver?.close();
  });

  const webhooks = async (args: string[]) => {
    try {
      const { stdout, stderr } = await run(
        process.execPath,
        ['scripts/run-ts.mjs', 'scripts/merchant/webhooks.ts', ...args],
        { cwd: root, env: { ...process.env, FISSION_HOST: host.url } },
      );
      return { code: 0, out: stdout + stderr };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout + e.stderr };
    }
  };
  const until = async (check: () => Promise<boolean>) => {
    const deadline = Date.now() + 20_000;
    while (!(await check())) {
      if (Date.now() > deadline) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 200));
    }
  };

  test('add, deliver, list, replay; bad input answers in a sentence', async () => {
    const added = await webhooks(['add', receiver.url, '--events', 'bargain.helped']);
    expect(added.code).toBe(0);
    expect(added.out).toContain(`→ ${receiver.url}`);
    expect(added.out).toContain('events: bargain.helped');
    secret = /signing secret[^:]*: (whsec_\S+)/.exec(added.out)![1]!;

    const { data } = await api(
      host,
      'bargain',
      { action: 'start', campaignId: 'demo-bargain' },
      'u1',
    );
    await api(host, 'bargain', { action: 'help', bargainId: data.bargain.id }, 'u2');
    await until(async () => receiver.received.some((r) => r.answered === 204));

    const listed = await webhooks(['list']);
    expect(listed.code).toBe(0);
    expect(listed.out).toContain('sent 1 · retrying 0 · failed 0');
    expect(listed.out).toMatch(/evt_\d+\s+bargain\.helped\s+已送达\s+2/);
    const deliveryId = /^\s+(\d+)\s+evt_/m.exec(listed.out)![1]!;

    const replayed = await webhooks(['replay', deliveryId]);
    expect(replayed.out).toContain('will be sent again now');
    await until(async () => receiver.received.length === 3);
    expect(new Set(receiver.received.map((r) => r.id)).size).toBe(1);

    const bad = await webhooks(['add', 'ftp://example.com/x']);
    expect(bad.code).toBe(1);
    expect(bad.out).toMatch(/✖ .*\(INVALID_INPUT\)/);
    expect(bad.out).not.toMatch(/at .*\.ts:\d+/);
    const usage = await webhooks(['frobnicate']);
    expect(usage.code).toBe(2);
    expect(usage.out).toContain('usage: npm run webhooks');
  });
});
