// `npm run preview` end to end: the real host, chromium and the simulator, once for the demo
// bargain and once for the demo group buy with its packet (about half a minute each), then a
// refused config that must stop before anything starts.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { PreviewReport } from '../../../scripts/merchant/preview/preview-report';

const root = path.resolve(__dirname, '../../..');
const run = promisify(execFile);
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

async function preview(args: string[]) {
  try {
    const { stdout, stderr } = await run(npm, ['run', '--silent', 'preview', '--', ...args], {
      cwd: root,
      env: { ...process.env, INIT_CWD: root },
      maxBuffer: 16 * 1024 * 1024,
    });
    return { code: 0, out: stdout + stderr };
  } catch (error) {
    const e = error as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** A PNG's pixel size, from its IHDR chunk. */
function pngSize(file: string): { width: number; height: number } {
  const header = fs.readFileSync(file).subarray(0, 24);
  expect(header.subarray(1, 4).toString()).toBe('PNG');
  return { width: header.readUInt32BE(16), height: header.readUInt32BE(20) };
}

const tempDirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fission-preview-test-'));
  tempDirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of tempDirs) fs.rmSync(dir, { recursive: true, force: true });
});

async function refused(url: string): Promise<boolean> {
  try {
    await fetch(url, { signal: AbortSignal.timeout(2000) });
    return false;
  } catch {
    return true;
  }
}

describe('npm run preview -- cloudfunctions/demo/demo-bargain.json', () => {
  const out = path.join(tempDir(), 'out');
  let result: { code: number; out: string };
  let report: PreviewReport;
  const text = (state: keyof PreviewReport['states']) => report.states[state]?.text ?? '';

  beforeAll(async () => {
    result = await preview(['cloudfunctions/demo/demo-bargain.json', '--out', out]);
    if (result.code !== 0) throw new Error(`preview failed (${result.code}):\n${result.out}`);
    report = JSON.parse(fs.readFileSync(path.join(out, 'states.json'), 'utf8')) as PreviewReport;
  }, 150_000);

  test('shows progress step by step and prints the output folder last', () => {
    const steps = result.out.match(/^\[\d+\/\d+\] .+…$/gm) ?? [];
    expect(steps).toHaveLength(13);
    expect(steps[0]).toBe('[1/13] checking cloudfunctions/demo/demo-bargain.json…');
    expect(steps).toContain('[8/13] bargain half way…');
    expect(result.out.trim().split('\n').at(-1)).toBe(out);
  });

  test('captures every state of a bargain, each a phone-width PNG of some substance', () => {
    expect(Object.keys(report.states)).toEqual([
      'landing-top',
      'landing-full',
      'started',
      'friend-view',
      'friend-helped',
      'half-way',
      'completed',
      'wallet',
      'expired',
    ]);
    for (const state of Object.values(report.states)) {
      const file = path.join(out, state!.file!);
      expect(fs.statSync(file).size).toBeGreaterThan(5 * 1024);
      expect(pngSize(file).width).toBe(750);
    }
    const top = pngSize(path.join(out, report.states['landing-top']!.file!));
    const full = pngSize(path.join(out, report.states['landing-full']!.file!));
    expect(top.height).toBe(1334);
    expect(full.height).toBeGreaterThan(top.height);
  });

  test('index.html is a contact sheet: the title, every state by name and image', () => {
    const html = fs.readFileSync(path.join(out, 'index.html'), 'utf8');
    expect(html).toContain('好友帮砍，保温杯 ¥1 带回家');
    for (const state of Object.values(report.states)) {
      expect(html).toContain(`src="${state!.file}"`);
      expect(html).toContain(state!.zh);
      expect(html).toContain(state!.en);
    }
    expect(html).toContain('合规检查无警告');
  });

  test.each([
    {
      state: 'landing-top',
      says: ['好友帮砍，保温杯 ¥1 带回家', '10 位好友帮砍即可 ¥1 拿', '发起砍价'],
    },
    { state: 'landing-full', says: ['活动规则', '李女士', '我也要 ¥1 拿'] },
    { state: 'started', says: ['邀请好友帮砍，¥1.00 拿到手', '0/10 位好友已帮砍'] },
    { state: 'friend-view', says: ['u* 正在砍价，帮 TA 砍一刀', '帮 TA 砍一刀'] },
    { state: 'friend-helped', says: ['你帮好友砍掉', '1/10 位好友已帮砍'] },
    { state: 'half-way', says: ['已砍', '5/10 位好友已帮砍'] },
    { state: 'completed', says: ['砍价成功', '10/10 位好友已帮砍', '¥98', '砍价券'] },
    { state: 'wallet', says: ['砍价券', '砍价奖励', '可使用(1)'] },
    { state: 'expired', says: ['砍价已过期，未在时间内砍到底价', '重新发起'] },
  ] as const)('$state shows $says', ({ state, says }) => {
    for (const words of says) expect(text(state)).toContain(words);
  });

  test('the simulator rendered the weapp landing page with the browser’s text', () => {
    expect(report.landing?.lines).toEqual(report.states['landing-top']?.lines);
    expect(report.simulator).toMatchObject({
      status: 'match',
      onlyInBrowser: [],
      onlyInSimulator: [],
    });
    expect(result.out).toContain('simulator text matches the browser');
  });

  test('leaves no host running and no data dir behind', async () => {
    const hosts = [
      ...result.out.matchAll(/host (?:restarted )?on (http:\/\/127\.0\.0\.1:\d+)\//g),
    ].map((m) => m[1]);
    expect(hosts).toHaveLength(2);
    for (const url of hosts) expect(await refused(`${url}/`)).toBe(true);
    const dataDir = /PGlite in (\S+)\)/.exec(result.out)?.[1];
    expect(dataDir).toBeDefined();
    expect(fs.existsSync(dataDir!)).toBe(false);
  });
});

describe('npm run preview -- cloudfunctions/demo/demo-group.json', () => {
  const out = path.join(tempDir(), 'out');
  let result: { code: number; out: string };
  let report: PreviewReport;
  const text = (state: keyof PreviewReport['states']) => report.states[state]?.text ?? '';

  beforeAll(async () => {
    result = await preview(['cloudfunctions/demo/demo-group.json', '--out', out]);
    if (result.code !== 0) throw new Error(`preview failed (${result.code}):\n${result.out}`);
    report = JSON.parse(fs.readFileSync(path.join(out, 'states.json'), 'utf8')) as PreviewReport;
  }, 150_000);

  test('captures every state of a group buy with packets, each a phone-width PNG', () => {
    expect(Object.keys(report.states)).toEqual([
      'landing-top',
      'landing-full',
      'group-opened',
      'leader-paid',
      'friend-landing',
      'friend-view',
      'friend-joined',
      'completed',
      'packet-sharer',
      'packet-friend',
      'packet-claimed',
      'packet-empty',
      'packet-wallet',
      'expired',
    ]);
    for (const state of Object.values(report.states)) {
      expect(pngSize(path.join(out, state!.file!)).width).toBe(750);
    }
    expect(report.states['expired']?.file).toBe('14-expired.png');
  });

  test.each([
    { state: 'landing-top', says: ['3 人成团，每人 ¥69', '发起拼团'] },
    { state: 'group-opened', says: ['我开的团', '1 人正在支付', '去支付 ¥69'] },
    { state: 'leader-paid', says: ['还差 2 人成团', '已支付', '成团后可分享优惠券给好友'] },
    { state: 'friend-landing', says: ['u* 的拼团，还差 2 人成团', '参与拼团', '好友 u* 邀请你'] },
    { state: 'friend-view', says: ['u* 邀你一起拼团', '参与拼团 ¥69'] },
    { state: 'friend-joined', says: ['我参与的拼团', '1 人正在支付', '去支付 ¥69'] },
    { state: 'completed', says: ['拼团成功', '已成团', '分享优惠券给好友'] },
    { state: 'packet-sharer', says: ['我分享给好友的优惠券', '龙井好友券', '已领 0/5'] },
    { state: 'packet-friend', says: ['u* 送你一份优惠券', '领取'] },
    { state: 'packet-claimed', says: ['领取成功', '已领 1/5'] },
    { state: 'packet-empty', says: ['已领完', '已领 5/5'] },
    { state: 'packet-wallet', says: ['分享给好友的券', '已领 5/5'] },
    { state: 'expired', says: ['拼团失败，已支付的款项将原路退回', '款项将原路退回'] },
  ] as const)('$state shows $says', ({ state, says }) => {
    for (const words of says) expect(text(state)).toContain(words);
  });

  test('the simulator rendered the friend’s group landing with the browser’s text', () => {
    expect(report.landing?.query).toEqual({ scene: expect.stringMatching(/^[0-9A-Za-z]{12}$/) });
    expect(report.landing?.lines).toEqual(report.states['friend-landing']?.lines);
    expect(report.simulator).toMatchObject({
      status: 'match',
      calls: expect.arrayContaining(['invite.visit', 'campaign.get', 'group.get']),
    });
  });
});

describe('npm run preview -- cloudfunctions/demo/demo-fcode.json', () => {
  const out = path.join(tempDir(), 'out');
  let result: { code: number; out: string };
  let report: PreviewReport;
  const text = (state: keyof PreviewReport['states']) => report.states[state]?.text ?? '';

  beforeAll(async () => {
    result = await preview(['cloudfunctions/demo/demo-fcode.json', '--out', out, '--no-simulator']);
    if (result.code !== 0) throw new Error(`preview failed (${result.code}):\n${result.out}`);
    report = JSON.parse(fs.readFileSync(path.join(out, 'states.json'), 'utf8')) as PreviewReport;
  }, 200_000);

  test('captures every state of an F码 campaign, each a phone-width PNG', () => {
    expect(Object.keys(report.states)).toEqual([
      'landing-top',
      'landing-full',
      'fcode-holder',
      'fcode-friend',
      'fcode-accepted',
      'fcode-taken',
      'fcode-waitlisted',
      'fcode-soldout',
      'fcode-promoted',
    ]);
    for (const state of Object.values(report.states)) {
      expect(pngSize(path.join(out, state!.file!)).width).toBe(750);
    }
  });

  test.each([
    { state: 'landing-top', says: ['第一批共 30 个F码', '查看我的F码'] },
    {
      state: 'fcode-holder',
      says: ['我的F码（3 个）', '未送出，点此分享', '好友打开下方链接即可参与'],
    },
    { state: 'fcode-friend', says: ['u* 送你一个F码', '接受F码'] },
    { state: 'fcode-accepted', says: ['u* 送你的F码', '凭码购买 ¥199'] },
    { state: 'fcode-taken', says: ['来晚了，这个F码已被其他朋友接受', '排队等下一个F码'] },
    { state: 'fcode-waitlisted', says: ['你前面还有 1 人'] },
    { state: 'fcode-soldout', says: ['本批F码已全部发出'] },
    {
      state: 'fcode-promoted',
      says: ['排到你了！已为你保留一个F码', '排队获得的F码', '你排队的F码已发放'],
    },
  ] as const)('$state shows $says', ({ state, says }) => {
    for (const words of says) expect(text(state)).toContain(words);
  });
});

describe('npm run preview refuses a config the check refuses', () => {
  test('prints the finding, exits 1, starts nothing', async () => {
    const config = JSON.parse(
      fs.readFileSync(path.join(root, 'cloudfunctions/demo/demo-bargain.json'), 'utf8'),
    );
    config.mechanics = { rewards: [{ trigger: 'moments-share', reward: '¥5 券' }] };
    const dir = tempDir();
    const file = path.join(dir, 'bad.json');
    fs.writeFileSync(file, JSON.stringify(config));

    const { code, out } = await preview([file, '--out', path.join(dir, 'out')]);

    expect(code).toBe(1);
    expect(out).toContain('mechanics.rewards[0].trigger');
    expect(out).toContain('✖ error');
    expect(out).toContain('[1/1] checking');
    expect(out).not.toMatch(/host on|starting a local host/);
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
  });

  test('a file that is not JSON is a usage error (exit 2)', async () => {
    const dir = tempDir();
    const file = path.join(dir, 'broken.json');
    fs.writeFileSync(file, '{ "id": ');

    const { code, out } = await preview([file]);

    expect(code).toBe(2);
    expect(out).toContain('cannot read');
    expect(out).toContain('usage: npm run preview');
  });
});
