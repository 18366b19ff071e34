/**
 * The `push` function: WeChat's message push in. A violation notice is recorded once by its
 * punish_id (and pauses every live campaign when the setting says so); any other push is
 * acknowledged and left alone; bad input and shoppers get typed errors and change nothing.
 */
import type { PushOutcome } from '../../../../cloudfunctions/contracts/push';
import type { FunctionResult } from '../../../../cloudfunctions/contracts/result';
import type { AutoPause, WechatNotice } from '../../../../cloudfunctions/contracts/notice';
import { pushFunction } from '../../../../cloudfunctions/functions/push/handler';
import { aBargainCampaign, aCouponCampaign } from '../../../support/builders/campaign-config';
import { aPunishEvent, aWarningEvent, unixSeconds } from '../../../support/builders/wechat-push';
import { snapshotDb } from '../../../support/db-snapshot';
import { expectError, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';
import { HUGE } from '../bad-events';

describe.each(storeKinds())('the push function on %s', (kind) => {
  const h = useHarness(kind);

  const push = (event: unknown, autoPause: AutoPause = 'bans') =>
    pushFunction(event, { from: 'wechat' }, h.deps, { autoPause });
  const notices = async () =>
    (await h.ok<{ notices: WechatNotice[] }>('campaign', { action: 'notices' }, 'm', 'merchant'))
      .notices;
  const noticeOf = async (punishId: string) =>
    (await notices()).find((n) => n.punishId === punishId);
  const expectNotice = (result: FunctionResult<PushOutcome>) => {
    expect(result).toMatchObject({ ok: true, data: { handled: 'notice' } });
    return (result as { data: Extract<PushOutcome, { handled: 'notice' }> }).data;
  };

  describe('each event_type is recorded with what WeChat said', () => {
    test('1, a warning: the deadline and the functions it would ban; nothing paused', async () => {
      const live = await h.save(aBargainCampaign());
      const event = aWarningEvent();
      const outcome = expectNotice(await push(event));
      expect(outcome).toEqual({
        handled: 'notice',
        punishId: event.punish_id,
        replayed: false,
        pausedCampaignIds: [],
      });
      expect(await noticeOf(event.punish_id as string)).toEqual({
        punishId: event.punish_id,
        kind: 'warning',
        eventType: 1,
        punishedAt: '2026-03-01T02:00:00.000Z',
        receivedAt: h.clock.now().toISOString(),
        reason: '诱导分享',
        content: '分享到3个群即可领取',
        ruleName: '《微信小程序平台运营规范》5.1 诱导分享',
        ruleUrl: 'https://developers.weixin.qq.com/miniprogram/product/#_5-1',
        guideUrl: 'https://developers.weixin.qq.com/miniprogram/product/guide',
        warnedOf: 'function-ban',
        rectifyDeadline: '2026-03-08T02:00:00.000Z',
        functions: [
          { name: '分享', days: 7 },
          { name: '搜索', days: 30 },
        ],
        days: null,
        detailText: null,
        autoPause: 'bans',
        pausedCampaigns: [],
      });
      const [row] = await h.store.query<{ status: string }>(
        'select status from campaign where id = $1',
        [live.id],
      );
      expect(row).toEqual({ status: 'live' });
    });

    test('2, functions banned: every live campaign paused, with the ban recorded', async () => {
      const a = await h.save(aBargainCampaign());
      const b = await h.save(aCouponCampaign());
      const event = aPunishEvent();
      const outcome = expectNotice(await push(event));
      expect(outcome.pausedCampaignIds).toEqual(expect.arrayContaining([a.id, b.id]));
      const notice = await noticeOf(event.punish_id as string);
      expect(notice).toMatchObject({
        kind: 'function-ban',
        functions: [{ name: '分享', days: 7 }],
        warnedOf: null,
        rectifyDeadline: null,
      });
      expect(notice?.pausedCampaigns).toEqual(
        expect.arrayContaining([
          { campaignId: a.id, title: a.title, status: 'paused' },
          { campaignId: b.id, title: b.title, status: 'paused' },
        ]),
      );
    });

    test.each([
      { eventType: 3, kind: 'takedown' },
      { eventType: 4, kind: 'account-ban' },
      { eventType: 10, kind: 'page-ban' },
      { eventType: 7, kind: 'other' },
    ])(
      '$eventType ($kind): recorded with its detail as sent; a punishment pauses',
      async ({ eventType, kind }) => {
        const live = await h.save(aBargainCampaign());
        const detail = JSON.stringify({ something: [eventType] });
        const event = aPunishEvent({ event_type: eventType, detail });
        const outcome = expectNotice(await push(event));
        expect(outcome.pausedCampaignIds).toContain(live.id);
        expect(await noticeOf(event.punish_id as string)).toMatchObject({
          kind,
          eventType,
          detailText: detail,
          functions: [],
        });
      },
    );

    test('the minimum WeChat could send: only Event, event_type and punish_id', async () => {
      const event = { Event: 'wxa_punish_event', event_type: 1, punish_id: 'bare-1' };
      expectNotice(await push(event));
      expect(await noticeOf('bare-1')).toMatchObject({
        kind: 'warning',
        punishedAt: null,
        reason: '',
        ruleUrl: '',
        rectifyDeadline: null,
        detailText: null,
      });
      const [raw] = await h.store.query<{ raw_event: unknown }>(
        'select raw_event from wechat_notice where punish_id = $1',
        ['bare-1'],
      );
      expect(raw).toEqual({ raw_event: event });
    });

    test('numbers as strings (a relay of the XML form) are read as numbers', async () => {
      const event = aPunishEvent({
        event_type: '1',
        punish_time: String(unixSeconds('2026-03-01T10:00:00+08:00')),
        punish_id: 12345,
      });
      const outcome = expectNotice(await push(event));
      expect(outcome.punishId).toBe('12345');
      expect(await noticeOf('12345')).toMatchObject({
        kind: 'warning',
        punishedAt: '2026-03-01T02:00:00.000Z',
      });
    });
  });

  describe('a re-push is a no-op', () => {
    test('the same punish_id again answers the first outcome and changes nothing', async () => {
      const live = await h.save(aBargainCampaign());
      const event = aPunishEvent();
      const first = expectNotice(await push(event));
      expect(first.pausedCampaignIds).toContain(live.id);
      // The merchant resumes; WeChat pushes the notice again: it must not pause anew.
      await h.ok('campaign', { action: 'resume', campaignId: live.id }, 'm', 'merchant');
      const before = await snapshotDb(h.store);
      const again = await push({ ...event, CreateTime: (event.CreateTime as number) + 60 });
      expect(again).toEqual({ ok: true, data: { ...first, replayed: true } });
      expect(await snapshotDb(h.store)).toEqual(before);
      expect((await noticeOf(event.punish_id as string))?.pausedCampaigns).toContainEqual({
        campaignId: live.id,
        title: live.title,
        status: 'live',
      });
    });
  });

  describe('other pushes are acknowledged and left alone', () => {
    test.each([
      {
        label: 'a customer-service text message',
        event: { MsgType: 'text', Content: '你好', FromUserName: 'o_user' },
      },
      {
        label: 'an appeal record',
        event: { MsgType: 'event', Event: 'wxa_appeal_record', appeal_record_id: 1 },
      },
      {
        label: 'a subscribe-message event',
        event: { MsgType: 'event', Event: 'subscribe_msg_popup_event' },
      },
      { label: 'an Event without MsgType', event: { Event: 'user_info_modified' } },
    ])('$label: ignored, nothing changed', async ({ event }) => {
      const before = await snapshotDb(h.store);
      const result = await push(event);
      expect(result).toEqual({ ok: true, data: { handled: 'ignored', kind: expect.any(String) } });
      expect(await snapshotDb(h.store)).toEqual(before);
    });
  });

  describe('bad input: a typed error, nothing changed, no stack trace', () => {
    test.each([
      { label: 'null', event: null },
      { label: 'a string', event: 'success' },
      { label: 'an array', event: [aPunishEvent()] },
      { label: 'an object that is no push', event: { action: 'notices' } },
      { label: 'an empty object', event: {} },
      { label: 'a notice without punish_id', event: aPunishEvent({ punish_id: undefined }) },
      { label: 'an empty punish_id', event: aPunishEvent({ punish_id: '  ' }) },
      { label: 'punish_id as an object', event: aPunishEvent({ punish_id: { $ne: null } }) },
      { label: 'a notice without event_type', event: aPunishEvent({ event_type: undefined }) },
      { label: 'event_type as words', event: aPunishEvent({ event_type: '警告' }) },
      { label: 'a negative event_type', event: aPunishEvent({ event_type: -1 }) },
      { label: 'a fractional punish_time', event: aPunishEvent({ punish_time: 1.5 }) },
      { label: 'illegal_reason as a number', event: aPunishEvent({ illegal_reason: 42 }) },
      { label: 'detail as a number', event: aPunishEvent({ detail: 7 }) },
      { label: 'a huge illegal_content', event: aPunishEvent({ illegal_content: HUGE }) },
      { label: 'a huge punish_id', event: aPunishEvent({ punish_id: HUGE }) },
      {
        label: 'a NUL in illegal_reason',
        event: aPunishEvent({ illegal_reason: '诱导\u0000分享' }),
      },
      { label: 'a lone surrogate in a key', event: { ...aPunishEvent(), ['k\ud800']: 1 } },
      { label: 'MsgType as a number', event: { MsgType: 1, Event: 'wxa_punish_event' } },
    ])('$label → INVALID_INPUT', async ({ event }) => {
      const errors = jest.spyOn(console, 'error');
      const before = await snapshotDb(h.store);
      const result = await push(event);
      expectError(result, 'INVALID_INPUT');
      expect(!result.ok && result.error.message.length).toBeLessThan(600);
      expect(await snapshotDb(h.store)).toEqual(before);
      expect(errors).not.toHaveBeenCalled();
      errors.mockRestore();
    });
  });

  describe('shoppers are refused', () => {
    test.each([
      { label: 'a shopper’s callFunction', why: 'called from wx_client' },
      { label: 'a user’s OPENID', why: 'called by a user' },
    ])('$label → FORBIDDEN, nothing recorded or paused', async ({ why }) => {
      const live = await h.save(aBargainCampaign());
      const before = await snapshotDb(h.store);
      const result = await pushFunction(aPunishEvent(), { from: 'client', why }, h.deps, {
        autoPause: 'all',
      });
      expectError(result, 'FORBIDDEN');
      expect(await snapshotDb(h.store)).toEqual(before);
      const [row] = await h.store.query('select status from campaign where id = $1', [live.id]);
      expect(row).toEqual({ status: 'live' });
    });

    test('a shopper cannot read the notices either', async () => {
      expectError(await h.call('campaign', { action: 'notices' }, 'amy'), 'FORBIDDEN');
    });
  });
});
