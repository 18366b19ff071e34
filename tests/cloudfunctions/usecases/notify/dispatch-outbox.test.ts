/**
 * The dispatcher: every outbox event reaches each destination at least once and each effect
 * once — subscribe messages only on a grant, the best event per grant; webhooks signed,
 * retried with backoff until a horizon, replayable; outcomes kept only by the lease holder.
 */
import type { EventPayload } from '../../../../cloudfunctions/contracts/events';
import { subscriptionTarget } from '../../../../cloudfunctions/domain/notify/subscription-target';
import {
  dispatchOnce,
  eventIdOf,
  type DispatchDeps,
} from '../../../../cloudfunctions/usecases/notify/dispatch-outbox';
import {
  DEFAULT_NOTIFY_SETTINGS,
  type NotifySettings,
} from '../../../../cloudfunctions/usecases/notify/notify-settings';
import type {
  Senders,
  Sent,
  SubscribeMessage,
} from '../../../../cloudfunctions/usecases/notify/senders';
import { postWebhook } from '../../../../cloudfunctions/usecases/notify/senders';
import { recordOutbox } from '../../../../cloudfunctions/usecases/outbox/record-outbox';
import { aBargainCampaign, anFcodeCampaign } from '../../../support/builders/campaign-config';
import { openHarness, type Harness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';
import { startWebhookReceiver, type WebhookReceiver } from '../../../support/webhook-receiver';

const TEMPLATE = 'tmpl-help';
const SETTINGS: NotifySettings = {
  ...DEFAULT_NOTIFY_SETTINGS,
  templateId: TEMPLATE,
  holdMs: 60_000,
  retry: { baseMs: 1_000, capMs: 10_000, horizonMs: 60_000 },
};

describe.each(storeKinds())('dispatching the outbox on %s', (kind) => {
  let h: Harness;
  let sent: SubscribeMessage[];
  let subscribeAnswers: Sent[];
  let campaignId: string;
  let bargainId: string;
  let n = 0;

  const senders = (): Senders => ({
    subscribe: async (m) => {
      const answer = subscribeAnswers.shift() ?? { ok: true };
      if (answer.ok) sent.push(m);
      return answer;
    },
    webhook: postWebhook,
  });
  const deps = (settings: NotifySettings = SETTINGS): DispatchDeps => ({
    store: h.store,
    clock: h.clock.now,
    senders: senders(),
    settings,
    random: () => 0.5,
  });

  const helped = (helpsDone: number, currentFen: number) => ({
    eventType: 'bargain.helped' as const,
    payload: {
      campaignId,
      bargainId,
      initiatorOpenid: 'u1',
      helperOpenid: `f${helpsDone}`,
      cutFen: 100,
      currentFen,
      floorFen: 100,
      helpsDone,
      helpsNeeded: 10,
    } satisfies EventPayload<'bargain.helped'>,
  });
  const completed = () => ({
    eventType: 'bargain.completed' as const,
    payload: {
      campaignId,
      bargainId,
      initiatorOpenid: 'u1',
      helperOpenid: 'f10',
      finalFen: 100,
      helpsNeeded: 10,
      rewardCouponId: 'cpn_0000000000000001',
    } satisfies EventPayload<'bargain.completed'>,
  });
  const record = (e: ReturnType<typeof helped> | ReturnType<typeof completed>) =>
    h.store.transaction((tx) =>
      recordOutbox(tx, {
        ...e,
        recipientOpenid: 'u1',
        campaignId,
        target: subscriptionTarget('bargain', bargainId),
        idempotencyKey: `test:${(n += 1)}`,
        now: h.clock.now(),
      } as never),
    );
  const grant = () =>
    h.ok(
      'notify',
      { action: 'subscribe', templateId: TEMPLATE, target: { kind: 'bargain', id: bargainId } },
      'u1',
    );
  const deliveries = () =>
    h.store.query<{
      channel: string;
      status: string;
      attempts: number;
      last_error: string | null;
      event_id: number;
    }>(
      `select channel, status, attempts, last_error, event_id::int as event_id from delivery order by id`,
    );

  beforeEach(async () => {
    h = await openHarness(kind);
    h.deps.notify = SETTINGS;
    sent = [];
    subscribeAnswers = [];
    const campaign = await h.save(
      aBargainCampaign({}, { title: '好友帮砍，保温杯一元带回家还包邮哦亲限时抢购' }),
    );
    campaignId = campaign.id;
    ({
      bargain: { id: bargainId },
    } = await h.ok<{ bargain: { id: string } }>('bargain', { action: 'start', campaignId }, 'u1'));
  });
  afterEach(() => h.close());

  test('no grant, no message: the event is only for webhooks', async () => {
    await record(helped(1, 9800));
    h.clock.advance(SETTINGS.holdMs);
    await dispatchOnce(deps());
    expect(sent).toEqual([]);
    expect(await deliveries()).toEqual([]);
  });

  test('a help waits its hold, then one message with the template fields, in Chinese', async () => {
    await grant();
    await record(helped(1, 9800));
    await dispatchOnce(deps());
    expect(sent).toEqual([]);
    h.clock.advance(SETTINGS.holdMs);
    await dispatchOnce(deps());
    expect(sent).toEqual([
      {
        touser: 'u1',
        templateId: TEMPLATE,
        page: `pages/bargain/index?bargainId=${bargainId}`,
        data: {
          thing1: { value: '好友帮砍，保温杯一元带回家还包邮哦亲限…' },
          thing2: { value: '好友帮砍¥1，现价¥98' },
          time3: { value: '2026年3月1日 10:00' },
        },
      },
    ]);
    await dispatchOnce(deps());
    expect(sent).toHaveLength(1);
  });

  test('the completion beats the helps before it: one grant, one message, the best one', async () => {
    await grant();
    await record(helped(1, 9800));
    await record(helped(2, 9700));
    await record(completed());
    await dispatchOnce(deps());
    expect(sent.map((m) => m.data.thing2!.value)).toEqual(['已砍到¥1，奖励券已到账']);
    expect((await deliveries()).map((d) => d.status)).toEqual(['skipped', 'skipped', 'sent']);
    h.clock.advance(SETTINGS.holdMs);
    await dispatchOnce(deps());
    expect(sent).toHaveLength(1);
  });

  test('two grants: the newest help after its hold, then the completion', async () => {
    await grant();
    await grant();
    await record(helped(1, 9800));
    await record(helped(2, 9700));
    h.clock.advance(SETTINGS.holdMs);
    await dispatchOnce(deps());
    expect(sent.map((m) => m.data.thing2!.value)).toEqual(['好友帮砍¥1，现价¥97']);
    await record(completed());
    await dispatchOnce(deps());
    expect(sent.map((m) => m.data.thing2!.value)).toEqual([
      '好友帮砍¥1，现价¥97',
      '已砍到¥1，奖励券已到账',
    ]);
  });

  test('a send WeChat fails for a while is retried on the same grant, not a second one', async () => {
    await grant();
    await grant();
    subscribeAnswers = [{ ok: false, permanent: false, error: 'system busy' }];
    await record(completed());
    await dispatchOnce(deps());
    expect(sent).toEqual([]);
    h.clock.advance(SETTINGS.retry.baseMs);
    await dispatchOnce(deps());
    expect(sent).toHaveLength(1);
    const [grants] = await h.store.query<{ spent: number; unspent: number }>(
      `select count(*) filter (where spent_at is not null)::int as spent,
              count(*) filter (where spent_at is null)::int as unspent from subscription`,
    );
    expect(grants).toEqual({ spent: 1, unspent: 1 });
  });

  test('a refusal no retry can mend ends the delivery as failed, with the reason', async () => {
    await grant();
    subscribeAnswers = [{ ok: false, permanent: true, error: 'errCode 43101: user refused' }];
    await record(completed());
    await dispatchOnce(deps());
    expect(await deliveries()).toEqual([
      expect.objectContaining({
        status: 'failed',
        attempts: 1,
        last_error: 'errCode 43101: user refused',
      }),
    ]);
  });

  test('an F码 waitlist promotion reaches the person who subscribed to the campaign', async () => {
    const fcode = await h.save(anFcodeCampaign());
    await h.ok(
      'notify',
      { action: 'subscribe', templateId: TEMPLATE, target: { kind: 'fcode', id: fcode.id } },
      'w1',
    );
    await h.store.transaction((tx) =>
      recordOutbox(tx, {
        eventType: 'fcode.promoted',
        recipientOpenid: 'w1',
        campaignId: fcode.id,
        target: subscriptionTarget('fcode', fcode.id),
        idempotencyKey: 'promoted:w1',
        now: h.clock.now(),
        payload: {
          campaignId: fcode.id,
          code: 'ABCDEFGHJ',
          batch: 2,
          reservedUntil: '2026-03-02T10:00:00.000+08:00',
          page: `pages/fcode/index?campaignId=${fcode.id}`,
        },
      }),
    );
    await dispatchOnce(deps());
    expect(sent).toEqual([
      expect.objectContaining({
        touser: 'w1',
        page: `pages/fcode/index?campaignId=${fcode.id}`,
        data: expect.objectContaining({ thing2: { value: '排到你了：第2批F码已为你保留' } }),
      }),
    ]);
    const [told] = await h.store.query<{ delivered: boolean }>(
      `select delivered_at is not null as delivered from outbox where recipient_openid = 'w1'`,
    );
    expect(told!.delivered).toBe(true);
  });

  describe('webhooks', () => {
    let receiver: WebhookReceiver;
    let secret = '';
    afterEach(() => receiver.close());

    const addEndpoint = async (eventTypes: string[] = []) => {
      const added = await h.ok<{ endpoint: { id: string }; secret: string }>(
        'notify',
        { action: 'addEndpoint', url: receiver.url, eventTypes },
        'merchant',
        'merchant',
      );
      secret = added.secret;
      return added.endpoint.id;
    };

    test('signed, retried with backoff until 2xx, and applied once by the receiver', async () => {
      receiver = await startWebhookReceiver({ secret: () => secret, failFirst: 2 });
      await addEndpoint();
      await record(completed());
      await dispatchOnce(deps());
      expect(receiver.received.map((r) => r.answered)).toEqual([500]);
      // Equal jitter at random 0.5: 0.75 × 1 s, then 0.75 × 2 s.
      h.clock.advance(500);
      await dispatchOnce(deps());
      expect(receiver.received).toHaveLength(1);
      h.clock.advance(250);
      await dispatchOnce(deps());
      h.clock.advance(1_500);
      await dispatchOnce(deps());
      expect(receiver.received.map((r) => r.answered)).toEqual([500, 500, 204]);
      expect(receiver.received.every((r) => r.verified)).toBe(true);
      const [event] = await h.store.query<{ id: number }>(`select id::int as id from outbox`);
      expect([...receiver.acknowledged]).toEqual([[eventIdOf(event!.id), 1]]);
      expect(JSON.parse(receiver.received[2]!.body)).toEqual({
        id: eventIdOf(event!.id),
        type: 'bargain.completed',
        createdAt: '2026-03-01T02:00:00.000Z',
        data: completed().payload,
      });
      h.clock.advance(60_000);
      await dispatchOnce(deps());
      expect(receiver.received).toHaveLength(3);
    });

    test('an endpoint hears only the types it asked for', async () => {
      receiver = await startWebhookReceiver({ secret: () => secret });
      await addEndpoint(['bargain.completed']);
      await record(helped(1, 9800));
      await record(completed());
      await dispatchOnce(deps());
      expect(receiver.received.map((r) => JSON.parse(r.body).type)).toEqual(['bargain.completed']);
    });

    test('past the horizon it is given up, visible with its last error; a replay sends it again', async () => {
      receiver = await startWebhookReceiver({ secret: () => secret, failFirst: 1_000 });
      await addEndpoint();
      await record(completed());
      for (let i = 0; i < 20; i++) {
        await dispatchOnce(deps());
        h.clock.advance(SETTINGS.retry.capMs);
      }
      const listed = await h.ok<{ endpoints: { counts: unknown; deliveries: any[] }[] }>(
        'notify',
        { action: 'endpoints' },
        'merchant',
        'merchant',
      );
      const [endpoint] = listed.endpoints;
      expect(endpoint!.counts).toEqual({ pending: 0, sent: 0, failed: 1 });
      const [delivery] = endpoint!.deliveries;
      expect(delivery).toMatchObject({
        status: 'failed',
        lastStatus: 500,
        lastError: 'HTTP 500: not yet',
      });
      const tries = receiver.received.length;
      expect(tries).toBeGreaterThan(2);
      expect(tries).toBeLessThan(20);

      const replayed = await h.ok<{ delivery: { status: string } }>(
        'notify',
        { action: 'replay', deliveryId: delivery.id },
        'merchant',
        'merchant',
      );
      expect(replayed.delivery.status).toBe('pending');
      await dispatchOnce(deps());
      expect(receiver.received).toHaveLength(tries + 1);
      expect(receiver.received.at(-1)!.id).toBe(delivery.eventId);
    });

    test('a shopper can neither add endpoints nor replay', async () => {
      receiver = await startWebhookReceiver({ secret: () => secret });
      const result = await h.call('notify', { action: 'addEndpoint', url: receiver.url }, 'u1');
      expect(result).toEqual({ ok: false, error: expect.objectContaining({ code: 'FORBIDDEN' }) });
    });
  });

  test('an outcome is kept only by the dispatcher that still holds the lease', async () => {
    await grant();
    await record(completed());
    let release: (s: Sent) => void = () => undefined;
    const slow: DispatchDeps = {
      ...deps(),
      senders: { ...senders(), subscribe: () => new Promise<Sent>((r) => (release = r)) },
    };
    const first = dispatchOnce(slow);
    await new Promise((r) => setTimeout(r, 200));
    // The first dispatcher is stuck past its lease: another takes the delivery over.
    h.clock.advance(SETTINGS.leaseMs + 1);
    await dispatchOnce(deps());
    expect(sent).toHaveLength(1);
    release({ ok: false, permanent: true, error: 'late' });
    await first;
    expect((await deliveries()).map((d) => d.status)).toEqual(['sent']);
  });
});

describe.each(storeKinds())('subscribing on %s', (kind) => {
  let h: Harness;
  beforeEach(async () => {
    h = await openHarness(kind);
    h.deps.notify = SETTINGS;
  });
  afterEach(() => h.close());

  test('only for the server’s template and for something that exists; a burst stops at the cap', async () => {
    const campaign = await h.save(aBargainCampaign());
    const { bargain } = await h.ok<{ bargain: { id: string } }>(
      'bargain',
      { action: 'start', campaignId: campaign.id },
      'u1',
    );
    const target = { kind: 'bargain', id: bargain.id };
    const wrong = await h.call(
      'notify',
      { action: 'subscribe', templateId: 'other', target },
      'u1',
    );
    expect(wrong).toEqual({ ok: false, error: expect.objectContaining({ code: 'INVALID_INPUT' }) });
    const missing = await h.call(
      'notify',
      {
        action: 'subscribe',
        templateId: TEMPLATE,
        target: { kind: 'bargain', id: 'brg_0000000000000000' },
      },
      'u1',
    );
    expect(missing).toEqual({ ok: false, error: expect.objectContaining({ code: 'NOT_FOUND' }) });
    const taps = await Promise.all(
      Array.from({ length: 25 }, () =>
        h.ok<{ unspent: number }>(
          'notify',
          { action: 'subscribe', templateId: TEMPLATE, target },
          'u1',
        ),
      ),
    );
    expect(Math.max(...taps.map((t) => t.unspent))).toBe(20);
    const [row] = await h.store.query<{ n: number }>(`select count(*)::int as n from subscription`);
    expect(row!.n).toBe(20);
  });
});
