/**
 * Several dispatchers at once (a timer firing while the previous run still sends, or two
 * instances) never send one delivery at the same time, and send each exactly once when no
 * send fails. On the PostgreSQL server when DATABASE_URL is set: PGlite runs one transaction
 * at a time and would pass without the leases.
 *
 * Checked on the server with the lease condition `(leased_until is null or leased_until < $1)`
 * dropped from the webhook claim: 245 requests arrived for 120 events.
 */
import type { EventPayload } from '../../../cloudfunctions/contracts/events';
import { subscriptionTarget } from '../../../cloudfunctions/domain/notify/subscription-target';
import {
  dispatchOnce,
  type DispatchDeps,
} from '../../../cloudfunctions/usecases/notify/dispatch-outbox';
import { DEFAULT_NOTIFY_SETTINGS } from '../../../cloudfunctions/usecases/notify/notify-settings';
import {
  postWebhook,
  type SubscribeMessage,
} from '../../../cloudfunctions/usecases/notify/senders';
import { recordOutbox } from '../../../cloudfunctions/usecases/outbox/record-outbox';
import { aBargainCampaign } from '../../support/builders/campaign-config';
import { openHarness, type Harness } from '../../support/harness';
import { describeOnServer } from '../../support/on-server';
import { startWebhookReceiver, type WebhookReceiver } from '../../support/webhook-receiver';

const SETTINGS = { ...DEFAULT_NOTIFY_SETTINGS, templateId: 'tmpl', batch: 10, holdMs: 0 };

describeOnServer('three dispatchers at once on %s', (kind) => {
  let h: Harness;
  let receiver: WebhookReceiver;
  let secret = '';
  beforeEach(async () => {
    h = await openHarness(kind);
    h.deps.notify = SETTINGS;
    receiver = await startWebhookReceiver({ secret: () => secret, delayMs: 5 });
  });
  afterEach(async () => {
    await receiver.close();
    await h.close();
  });

  test('each webhook and each subscribe message goes out once, never twice at the same time', async () => {
    ({ secret } = await h.ok<{ secret: string }>(
      'notify',
      { action: 'addEndpoint', url: receiver.url },
      'merchant',
      'merchant',
    ));
    const campaign = await h.save(aBargainCampaign());
    const sent: SubscribeMessage[] = [];
    const bargains: string[] = [];
    for (let i = 1; i <= 10; i++) {
      const { bargain } = await h.ok<{ bargain: { id: string } }>(
        'bargain',
        { action: 'start', campaignId: campaign.id },
        `u${i}`,
      );
      bargains.push(bargain.id);
      await h.ok(
        'notify',
        { action: 'subscribe', templateId: 'tmpl', target: { kind: 'bargain', id: bargain.id } },
        `u${i}`,
      );
    }
    // 12 events per bargain: 11 helps and the completion, 120 in all.
    await h.store.transaction(async (tx) => {
      for (const [i, bargainId] of bargains.entries()) {
        const initiatorOpenid = `u${i + 1}`;
        const base = {
          campaignId: campaign.id,
          recipientOpenid: initiatorOpenid,
          target: subscriptionTarget('bargain', bargainId),
          now: h.clock.now(),
        };
        for (let k = 1; k <= 11; k++)
          await recordOutbox(tx, {
            ...base,
            eventType: 'bargain.helped',
            idempotencyKey: `h:${bargainId}:${k}`,
            payload: {
              campaignId: campaign.id,
              bargainId,
              initiatorOpenid,
              helperOpenid: `f${k}`,
              cutFen: 10,
              currentFen: 9000,
              floorFen: 100,
              helpsDone: k,
              helpsNeeded: 12,
            } satisfies EventPayload<'bargain.helped'>,
          });
        await recordOutbox(tx, {
          ...base,
          eventType: 'bargain.completed',
          idempotencyKey: `c:${bargainId}`,
          payload: {
            campaignId: campaign.id,
            bargainId,
            initiatorOpenid,
            helperOpenid: 'f12',
            finalFen: 100,
            helpsNeeded: 12,
            rewardCouponId: 'cpn_0000000000000001',
          } satisfies EventPayload<'bargain.completed'>,
        });
      }
    });
    const dispatcher = (): DispatchDeps => ({
      store: h.store,
      clock: h.clock.now,
      settings: SETTINGS,
      senders: {
        subscribe: async (m) => {
          await new Promise((r) => setTimeout(r, 5));
          sent.push(m);
          return { ok: true };
        },
        webhook: postWebhook,
      },
    });
    const work = async () => {
      for (let i = 0; i < 30; i++) await dispatchOnce(dispatcher());
    };
    await Promise.all([work(), work(), work()]);

    expect(receiver.received).toHaveLength(120);
    expect(receiver.maxConcurrentPerId).toBe(1);
    expect(new Set(receiver.acknowledged.values())).toEqual(new Set([1]));
    expect(receiver.acknowledged.size).toBe(120);
    // One grant each: ten messages, each the completion.
    expect(sent).toHaveLength(10);
    expect(new Set(sent.map((m) => m.touser)).size).toBe(10);
    expect(sent.every((m) => m.data.thing2!.value.startsWith('已砍到'))).toBe(true);
  });
});
