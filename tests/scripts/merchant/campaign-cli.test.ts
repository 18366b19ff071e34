import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { campaignJsonSchema, SCHEMA_FILE } from '../../../scripts/merchant/campaign-schema';
import { startHost, type RunningHost } from '../../e2e/support/host';

const root = path.resolve(__dirname, '../../..');
const run = promisify(execFile);

async function campaign(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(
      process.execPath,
      ['scripts/run-ts.mjs', 'scripts/merchant/campaign.ts', ...args],
      {
        cwd: root,
        env: { ...process.env, ...env },
      },
    );
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

function tempConfig(config: unknown): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fission-cli-')), 'campaign.json');
  fs.writeFileSync(file, JSON.stringify(config));
  return file;
}

const examples = fs.readdirSync(path.join(root, 'cloudfunctions/demo/examples'));

describe('npm run campaign', () => {
  test('the committed JSON Schema is the one the contract generates (run `npm run campaign -- schema`)', () => {
    expect(fs.readFileSync(path.join(root, SCHEMA_FILE), 'utf8')).toBe(campaignJsonSchema());
  });

  test.each(examples)('check passes the example %s', async (file) => {
    const { code, out } = await campaign(['check', `cloudfunctions/demo/examples/${file}`]);
    expect(out).toContain('valid and compliant');
    expect(code).toBe(0);
  });

  test('check prints every problem with its path and exits 1', async () => {
    const bad = JSON.parse(
      fs.readFileSync(path.join(root, 'cloudfunctions/demo/examples/tea-bargain.json'), 'utf8'),
    );
    bad.share.title = '分享到3个群即可砍价';
    bad.mechanics = { rewards: [{ trigger: 'moments-share', reward: '¥5 券' }] };
    const { code, out } = await campaign(['check', tempConfig(bad)]);
    expect(code).toBe(1);
    expect(out).toContain('share.title');
    expect(out).toContain('[copy-demands-sharing]');
    expect(out).toContain('原文：“分享到3个群即可”');
    expect(out).toContain('建议：删去分享要求');
    expect(out).toContain('mechanics.rewards[0].trigger');
    expect(out).toContain('2 error(s)');
  });

  test('check gives a JSON syntax error its line and column, with the line and a caret', async () => {
    const file = tempConfig('x');
    fs.writeFileSync(file, '{\n  "id": "tea",\n  kind: "bargain"\n}');
    const { code, out } = await campaign(['check', file]);
    expect(code).toBe(2);
    expect(out).toContain(`${file}:3:3: not valid JSON`);
    expect(out).toContain('  kind: "bargain"\n    ^');
    expect(out).not.toMatch(/^\s+at /m);
  });

  test('check on a missing file says so in one sentence, no stack trace', async () => {
    const { code, out } = await campaign(['check', 'no-such-campaign.json']);
    expect(code).toBe(2);
    expect(out.trim()).toBe('✖ cannot read no-such-campaign.json: no such file.');
  });

  test('check reports the schema errors and the copy findings together', async () => {
    const bad = JSON.parse(
      fs.readFileSync(path.join(root, 'cloudfunctions/demo/examples/tea-bargain.json'), 'utf8'),
    );
    bad.share.title = '分享到3个群即可砍价';
    bad.bargain.helpsNeeded = 0;
    const { code, out } = await campaign(['check', tempConfig(bad)]);
    expect(code).toBe(1);
    expect(out).toContain('bargain.helpsNeeded');
    expect(out).toContain('[schema]');
    expect(out).toContain('[copy-demands-sharing]');
    expect(out).toContain('2 error(s)');
  });

  test('check warns about an end date already past and a minimum spend the copy leaves out', async () => {
    const config = JSON.parse(
      fs.readFileSync(path.join(root, 'cloudfunctions/demo/examples/bakery-coupon.json'), 'utf8'),
    );
    config.endsAt = '2020-01-01T00:00:00+08:00';
    delete config.startsAt;
    config.coupons[0].minSpendFen = 4000;
    const { code, out } = await campaign(['check', tempConfig(config)]);
    expect(code).toBe(0);
    expect(out).toContain('[ends-in-past]');
    expect(out).toContain('结束时间 2020-01-01 00:00（北京时间）已经过去');
    expect(out).toContain('[coupon-threshold-undisclosed]');
    expect(out).toContain('满 ¥40');
  });

  describe('against a running local host', () => {
    let host: RunningHost;
    beforeAll(async () => {
      host = await startHost();
    });
    afterAll(() => host?.stop());

    test('load lands a draft; publish makes it live', async () => {
      const env = { FISSION_HOST: host.url };
      const loaded = await campaign(['load', 'cloudfunctions/demo/examples/gym-assist.json'], env);
      expect(loaded.out).toContain('loaded gym-assist as a draft');
      expect(loaded.code).toBe(0);
      const draft = await fetch(`${host.url}/api/campaign`, {
        method: 'POST',
        headers: { 'x-fission-openid': 'u1' },
        body: JSON.stringify({ action: 'get', campaignId: 'gym-assist' }),
      });
      expect(draft.status).toBe(404);

      const published = await campaign(['publish', 'gym-assist'], env);
      expect(published.code).toBe(0);
      const live = await fetch(`${host.url}/api/campaign`, {
        method: 'POST',
        headers: { 'x-fission-openid': 'u1' },
        body: JSON.stringify({ action: 'get', campaignId: 'gym-assist' }),
      });
      expect(live.status).toBe(200);
    });

    test('seed gives an F码 campaign’s seed holders their codes, once', async () => {
      const env = { FISSION_HOST: host.url };
      expect(
        (await campaign(['load', 'cloudfunctions/demo/examples/earbuds-fcode.json'], env)).code,
      ).toBe(0);
      expect((await campaign(['publish', 'earbuds-fcode'], env)).code).toBe(0);
      const list = tempConfig('x');
      fs.writeFileSync(list, '# key people\nkol-1\nkol-2\n\nkol-1\n');
      const seeded = await campaign(['seed', 'earbuds-fcode', list], env);
      expect(seeded.out).toContain('kol-1: 5 code(s)');
      expect(seeded.out).toContain('✔ 2 seed holder(s) received 10 code(s)');
      expect(seeded.code).toBe(0);
      const again = await campaign(['seed', 'earbuds-fcode', list], env);
      expect(again.out).toContain('✔ 0 seed holder(s) received 0 code(s); 2 already had theirs');
      const view = await fetch(`${host.url}/api/fcode`, {
        method: 'POST',
        headers: { 'x-fission-openid': 'kol-2' },
        body: JSON.stringify({ action: 'get', campaignId: 'earbuds-fcode' }),
      });
      const body = (await view.json()) as { data: { fcode: { viewer: { holding: unknown[] } } } };
      expect(body.data.fcode.viewer.holding).toHaveLength(5);
      fs.writeFileSync(list, '["not an openid!"]');
      const bad = await campaign(['seed', 'earbuds-fcode', list], env);
      expect(bad.code).toBe(2);
      expect(bad.out).toContain('expected openids');
    });

    test('without a host, load says how to start one', async () => {
      const { code, out } = await campaign(
        ['load', 'cloudfunctions/demo/examples/gym-assist.json'],
        {
          FISSION_HOST: 'http://127.0.0.1:9',
        },
      );
      expect(code).toBe(2);
      expect(out).toContain('npm start');
    });
  });
});
