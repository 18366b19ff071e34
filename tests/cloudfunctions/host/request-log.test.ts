/**
 * The local host's request log: one line per call, `<method> <function>.<action> <status>
 * <ms> ms`, so a tester sees what the page asked and what it got. Assets are not logged.
 * `npm start` turns it on (off with FISSION_REQUEST_LOG=off): host-main.test.ts.
 */
import { startInProcessHost, type InProcessHost } from '../../support/in-process-host';

describe('the host logs one line per call', () => {
  let host: InProcessHost;
  const lines: string[] = [];
  beforeAll(async () => {
    host = await startInProcessHost('pglite', undefined, (line) => lines.push(line));
  });
  beforeEach(() => {
    lines.length = 0;
  });
  afterAll(() => host.close());

  /** The log line once the response is closed (the log is written on close). */
  const lastLine = async () => {
    for (let i = 0; i < 50 && lines.length === 0; i++) await new Promise((r) => setTimeout(r, 10));
    return lines.at(-1);
  };

  test.each([
    {
      label: 'a call that answers',
      send: (h: InProcessHost) =>
        h.call('campaign', { action: 'get', campaignId: 'demo-bargain' }, 'u1'),
      line: /^POST campaign\.get 200 \d+ ms$/,
    },
    {
      label: 'a refusal, with its status',
      send: (h: InProcessHost) =>
        h.call('campaign', { action: 'stats', campaignId: 'demo-bargain' }, 'u1'),
      line: /^POST campaign\.stats 403 \d+ ms$/,
    },
    {
      label: 'an action that is not a name',
      send: (h: InProcessHost) => h.call('bargain', { action: 'x y\nz' }, 'u1'),
      line: /^POST bargain\.\? 400 \d+ ms$/,
    },
    {
      label: 'an unknown function, by its path',
      send: (h: InProcessHost) => h.call('nope', { action: 'get' }, 'u1'),
      line: /^POST \/api\/nope 404 \d+ ms$/,
    },
    {
      label: 'a dev route, by its path',
      send: (h: InProcessHost) => h.request('/dev/outbox?openid=u1'),
      line: /^GET \/dev\/outbox 200 \d+ ms$/,
    },
  ])('$label', async ({ send, line }) => {
    await send(host);
    expect(await lastLine()).toMatch(line);
    expect(lines).toHaveLength(1);
  });

  test('the app’s pages and health checks are not logged', async () => {
    await host.request('/healthz');
    await host.request('/index.html');
    await new Promise((r) => setTimeout(r, 50));
    expect(lines).toEqual([]);
  });
});
