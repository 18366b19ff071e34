/**
 * A notice from WeChat, end to end through the local host: POST /dev/wechat-push runs the
 * push function's own handler as WeChat would, the demo campaigns are paused by the default
 * setting, and the merchant reads it at the top of `npm run stats` (and the stats page's
 * campaign.notices). Shoppers can neither push nor read.
 */
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { aPunishEvent, aWarningEvent } from '../../support/builders/wechat-push';
import { snapshotDb } from '../../support/db-snapshot';
import { useInProcessHost } from '../../support/in-process-host';

const root = path.resolve(__dirname, '../../..');
const run = promisify(execFile);

describe('POST /dev/wechat-push', () => {
  const host = useInProcessHost();

  const push = (event: unknown) =>
    host.request('/dev/wechat-push', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(event),
    });
  const statusOf = async (campaignId: string) =>
    (await host.call('campaign', { action: 'get', campaignId }, 'u1')).body.data.campaign.status;

  test('a warning is recorded only; a ban pauses the live demos; npm run stats shows both first', async () => {
    const warning = aWarningEvent({ punish_id: 'host-warning' });
    expect(await push(warning)).toMatchObject({
      status: 200,
      body: { ok: true, data: { handled: 'notice', replayed: false, pausedCampaignIds: [] } },
    });
    expect(await statusOf('demo-bargain')).toBe('live');

    host.clock.advance(60_000);
    const ban = await push(aPunishEvent({ punish_id: 'host-ban' }));
    expect(ban.status).toBe(200);
    expect(ban.body.data.pausedCampaignIds).toEqual(
      expect.arrayContaining(['demo-assist', 'demo-bargain', 'demo-fcode', 'demo-group']),
    );
    expect(await statusOf('demo-bargain')).toBe('paused');
    const start = { action: 'start', campaignId: 'demo-bargain' };
    expect((await host.call('bargain', start, 'u2')).body).toMatchObject({
      ok: false,
      error: { code: 'CAMPAIGN_PAUSED' },
    });

    // The merchant resumes one; the notice then tells it apart from those still paused.
    await host.call('campaign', { action: 'resume', campaignId: 'demo-bargain' }, 'merchant');
    const { stdout } = await run(
      process.execPath,
      ['scripts/run-ts.mjs', 'scripts/merchant/stats.ts', 'demo-bargain'],
      { cwd: root, env: { ...process.env, FISSION_HOST: host.url } },
    );
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('⚠ 2 notice(s) from WeChat, newest first');
    expect(stdout).toContain('1. 微信平台通知：功能封禁  违规时间 2026-03-01 10:00');
    expect(stdout).toContain('2. 微信平台通知：违规警告  违规时间 2026-03-01 10:00');
    expect(stdout).toContain('- 好友帮砍，保温杯 ¥1 带回家  demo-bargain  已恢复');
    expect(stdout).toContain('  demo-group  暂停中');
    expect(stdout).toContain('npm run campaign -- resume <活动 id>');
    expect(stdout.indexOf('微信平台通知')).toBeLessThan(stdout.indexOf('Campaign demo-bargain'));
  });

  test('a re-push answers the first outcome and changes nothing', async () => {
    const event = aPunishEvent({ punish_id: 'host-repush' });
    const first = await push(event);
    const before = await snapshotDb(host.store);
    const again = await push(event);
    expect(again.body).toEqual({ ok: true, data: { ...first.body.data, replayed: true } });
    expect(await snapshotDb(host.store)).toEqual(before);
  });

  test.each([
    { label: 'not JSON', body: '{', status: 400, code: 'INVALID_INPUT' },
    { label: 'no push', body: JSON.stringify({ hello: 1 }), status: 400, code: 'INVALID_INPUT' },
    {
      label: 'a notice without punish_id',
      body: JSON.stringify(aPunishEvent({ punish_id: undefined })),
      status: 400,
      code: 'INVALID_INPUT',
    },
  ])('$label → $status $code, nothing changed', async ({ body, status, code }) => {
    const before = await snapshotDb(host.store);
    const response = await host.request('/dev/wechat-push', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body,
    });
    expect(response).toMatchObject({ status, body: { ok: false, error: { code } } });
    expect(await snapshotDb(host.store)).toEqual(before);
  });

  test('a push Fission does not act on is acknowledged', async () => {
    const response = await push({ MsgType: 'event', Event: 'wxa_appeal_record' });
    expect(response).toMatchObject({
      status: 200,
      body: { ok: true, data: { handled: 'ignored', kind: 'event/wxa_appeal_record' } },
    });
  });

  test('it takes POST only', async () => {
    expect((await host.request('/dev/wechat-push')).status).toBe(405);
  });

  test('shoppers: push is not served at /api/push, and the notices are the merchant’s', async () => {
    const event = aPunishEvent({ punish_id: 'host-forged' });
    expect(await host.call('push', event, 'u1')).toMatchObject({
      status: 404,
      body: { ok: false, error: { code: 'UNKNOWN_FUNCTION' } },
    });
    expect(await host.call('push', event, null)).toMatchObject({ status: 404 });
    expect(await host.call('campaign', { action: 'notices' }, 'u1')).toMatchObject({
      status: 403,
      body: { ok: false, error: { code: 'FORBIDDEN' } },
    });
  });
});
