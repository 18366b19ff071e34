/**
 * Every notifiable action records its event in the outbox: exactly one row per cause, for the
 * right person and subscription target, with a payload its strict schema accepts; a replayed
 * cause (the same help, report, claim or review again) records nothing more.
 */
import {
  aBargainCampaign,
  aCouponCampaign,
  aGroupCampaign,
  aPacket,
  anAssistCampaign,
  anFcodeCampaign,
} from '../../../support/builders/campaign-config';
import { okAs } from '../../../support/call-as';
import { anOrderId, expectError, useHarness } from '../../../support/harness';
import { eventsOf, parsedPayload, type RecordedEvent } from '../../../support/outbox';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

describe.each(storeKinds())('events recorded on %s', (kind) => {
  const h = useHarness(kind, { start: START, resetClock: true });

  const events = (campaignId: string, type?: string) => eventsOf(h.store, campaignId, type);
  /** The one event of `type` in the campaign, its payload parsed with the schema. */
  const theOne = async (campaignId: string, type: string) => {
    const rows = await events(campaignId, type);
    expect(rows).toHaveLength(1);
    const row = rows[0] as RecordedEvent;
    return { ...row, payload: parsedPayload(row) };
  };
  const everyPayloadParses = async (campaignId: string) => {
    for (const row of await events(campaignId)) expect(() => parsedPayload(row)).not.toThrow();
  };
  const nextOrderId = () => anOrderId('evt-order');
  const report = (event: Record<string, unknown>) =>
    h.ok('order', { action: 'report', amountFen: 6900, ...event }, 'merchant', 'merchant');

  describe('a bargain tells its initiator of each help, and of the last as its completion', () => {
    test('a help that leaves the bargain short: bargain.helped, once', async () => {
      const c = await h.save(aBargainCampaign({ helpsNeeded: 3 }));
      const { bargain } = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'ini');
      const { cutFen } = await h.ok('bargain', { action: 'help', bargainId: bargain.id }, 'h1');
      const [row] = await h.store.query<{ current_fen: number }>(
        'select current_fen from bargain where id = $1',
        [bargain.id],
      );

      const told = await theOne(c.id, 'bargain.helped');
      expect(told).toMatchObject({
        recipient_openid: 'ini',
        target: `bargain:${bargain.id}`,
        idempotency_key: `bargain.helped:${bargain.id}:1`,
        payload: {
          campaignId: c.id,
          bargainId: bargain.id,
          initiatorOpenid: 'ini',
          helperOpenid: 'h1',
          cutFen,
          currentFen: row!.current_fen,
          floorFen: 100,
          helpsDone: 1,
          helpsNeeded: 3,
        },
      });
      expectError(
        await h.call('bargain', { action: 'help', bargainId: bargain.id }, 'h1'),
        'ALREADY_HELPED',
      );
      expect(await events(c.id)).toHaveLength(1);
    });

    test('the completing help: bargain.completed instead, and reward.issued for the coupon', async () => {
      const c = await h.save(aBargainCampaign({ helpsNeeded: 2 }));
      const { bargain } = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'ini');
      await h.ok('bargain', { action: 'help', bargainId: bargain.id }, 'h1');
      await h.ok('bargain', { action: 'help', bargainId: bargain.id }, 'h2');
      const { bargain: done } = await h.ok(
        'bargain',
        { action: 'get', bargainId: bargain.id },
        'ini',
      );

      expect((await events(c.id, 'bargain.helped')).map((e) => e.payload.helperOpenid)).toEqual([
        'h1',
      ]);
      const completed = await theOne(c.id, 'bargain.completed');
      expect(completed).toMatchObject({
        recipient_openid: 'ini',
        target: `bargain:${bargain.id}`,
        payload: {
          bargainId: bargain.id,
          helperOpenid: 'h2',
          finalFen: 100,
          helpsNeeded: 2,
          rewardCouponId: done.reward.id,
        },
      });
      const reward = await theOne(c.id, 'reward.issued');
      expect(reward).toMatchObject({
        recipient_openid: 'ini',
        target: `bargain:${bargain.id}`,
        payload: {
          campaignId: c.id,
          couponId: done.reward.id,
          ownerOpenid: 'ini',
          templateId: done.reward.templateId,
          reason: 'bargain_reward',
          refId: bargain.id,
        },
      });

      for (const again of ['h2', 'h3'])
        expectError(
          await h.call('bargain', { action: 'help', bargainId: bargain.id }, again),
          'CLOSED',
        );
      expect(await events(c.id)).toHaveLength(3);
    });
  });

  describe('an assist tells its initiator; every coupon it gives is a reward told to its owner', () => {
    test('helps, the thank-you coupons and the goal reward', async () => {
      const c = await h.save(anAssistCampaign({ helpsNeeded: 2 }));
      const { assist } = await h.ok('assist', { action: 'start', campaignId: c.id }, 'ini');
      const first = await h.ok('assist', { action: 'help', assistId: assist.id }, 'h1');
      expectError(
        await h.call('assist', { action: 'help', assistId: assist.id }, 'h1'),
        'ALREADY_HELPED',
      );
      await h.ok('assist', { action: 'help', assistId: assist.id }, 'h2');
      const { assist: done } = await h.ok('assist', { action: 'get', assistId: assist.id }, 'ini');

      const helped = await theOne(c.id, 'assist.helped');
      expect(helped).toMatchObject({
        recipient_openid: 'ini',
        target: `assist:${assist.id}`,
        idempotency_key: `assist.helped:${assist.id}:1`,
        payload: {
          campaignId: c.id,
          assistId: assist.id,
          initiatorOpenid: 'ini',
          helperOpenid: 'h1',
          helpsDone: 1,
          helpsNeeded: 2,
        },
      });
      const completed = await theOne(c.id, 'assist.completed');
      expect(completed).toMatchObject({
        recipient_openid: 'ini',
        target: `assist:${assist.id}`,
        payload: { helperOpenid: 'h2', helpsNeeded: 2, rewardCouponId: done.reward.id },
      });
      // One statement wrote the last two: by owner, not by id.
      const rewards = (await events(c.id, 'reward.issued'))
        .map((e) => ({ to: e.recipient_openid, target: e.target, payload: parsedPayload(e) }))
        .sort((a, b) => String(a.to).localeCompare(String(b.to)));
      expect(rewards).toEqual([
        {
          to: 'h1',
          target: `assist:${assist.id}`,
          payload: expect.objectContaining({
            couponId: first.helperReward.coupon.id,
            ownerOpenid: 'h1',
            reason: 'assist_helper_reward',
            refId: assist.id,
          }),
        },
        {
          to: 'h2',
          target: `assist:${assist.id}`,
          payload: expect.objectContaining({ ownerOpenid: 'h2', reason: 'assist_helper_reward' }),
        },
        {
          to: 'ini',
          target: `assist:${assist.id}`,
          payload: expect.objectContaining({
            couponId: done.reward.id,
            ownerOpenid: 'ini',
            reason: 'assist_reward',
            refId: assist.id,
          }),
        },
      ]);

      for (const again of ['h1', 'h2', 'h3'])
        expectError(
          await h.call('assist', { action: 'help', assistId: assist.id }, again),
          'CLOSED',
        );
      expect(await events(c.id)).toHaveLength(5);
    });
  });

  test('a claimed coupon and a packet coupon are not rewards', async () => {
    const c = await h.save(aCouponCampaign({}, { packet: aPacket() }));
    const templateId = c.kind === 'coupon' ? c.claimTemplateId : '';
    await h.ok('coupon', { action: 'claim', templateId }, 'cla');
    const { order } = await report({
      orderId: nextOrderId(),
      buyerOpenid: 'bea',
      campaignId: c.id,
    });
    const { packet } = await h.ok('packet', { action: 'share', orderId: order.orderId }, 'bea');
    await h.ok('packet', { action: 'claim', packetId: packet.id }, 'f1');
    expect((await events(c.id)).map((e) => e.event_type)).toEqual(['packet.claimed']);
  });

  describe('a group tells its leader once it forms or fails; the members are in the payload', () => {
    test('the last paid seat forms it: group.formed, once', async () => {
      const c = await h.save(aGroupCampaign({ size: 2 }));
      const { group } = await h.ok('group', { action: 'open', campaignId: c.id }, 'lea');
      await report({ orderId: nextOrderId(), buyerOpenid: 'lea', groupId: group.id });
      h.clock.advance(MINUTE);
      await h.ok('group', { action: 'join', groupId: group.id }, 'fay');
      const last = { orderId: nextOrderId(), buyerOpenid: 'fay', groupId: group.id };
      await report(last);

      const formed = await theOne(c.id, 'group.formed');
      // Members in the order they paid.
      expect(formed).toMatchObject({
        recipient_openid: 'lea',
        target: `group:${group.id}`,
        idempotency_key: `group.formed:${group.id}`,
        payload: {
          campaignId: c.id,
          groupId: group.id,
          leaderOpenid: 'lea',
          memberOpenids: ['lea', 'fay'],
          seats: 2,
        },
      });
      expect(await report(last)).toMatchObject({ replayed: true });
      h.clock.advance(2 * DAY);
      await h.ok('group', { action: 'get', groupId: group.id }, 'lea');
      expect(await events(c.id)).toHaveLength(1);
    });

    test('short at its deadline with onShort complete: formed with those who paid', async () => {
      const c = await h.save(aGroupCampaign({ size: 3, onShort: 'complete' }));
      const { group } = await h.ok('group', { action: 'open', campaignId: c.id }, 'lea');
      await report({ orderId: nextOrderId(), buyerOpenid: 'lea', groupId: group.id });
      await h.ok('group', { action: 'join', groupId: group.id }, 'fay');
      h.clock.advance(DAY);
      await h.ok('group', { action: 'get', groupId: group.id }, 'fay');

      const formed = await theOne(c.id, 'group.formed');
      expect(formed.payload).toMatchObject({ memberOpenids: ['lea'], seats: 1 });
      await h.ok('group', { action: 'get', groupId: group.id }, 'lea');
      expect(await events(c.id)).toHaveLength(1);
    });

    test('short at its deadline: group.failed with the refund each paid seat is owed', async () => {
      const c = await h.save(aGroupCampaign({ size: 3 }));
      const { group } = await h.ok('group', { action: 'open', campaignId: c.id }, 'lea');
      const leaOrder = nextOrderId();
      await report({ orderId: leaOrder, buyerOpenid: 'lea', groupId: group.id });
      h.clock.advance(MINUTE);
      await h.ok('group', { action: 'join', groupId: group.id }, 'fay');
      const fayOrder = nextOrderId();
      await report({ orderId: fayOrder, buyerOpenid: 'fay', groupId: group.id, amountFen: 6800 });
      // Gus holds a seat but never pays: not a member, owed nothing.
      await h.ok('group', { action: 'join', groupId: group.id }, 'gus');
      h.clock.advance(DAY);
      await h.ok('group', { action: 'get', groupId: group.id }, 'gus');

      const failed = await theOne(c.id, 'group.failed');
      expect(failed).toMatchObject({
        recipient_openid: 'lea',
        target: `group:${group.id}`,
        idempotency_key: `group.failed:${group.id}`,
        payload: {
          campaignId: c.id,
          groupId: group.id,
          leaderOpenid: 'lea',
          memberOpenids: ['lea', 'fay'],
          refundsOwed: [
            { orderId: leaOrder, buyerOpenid: 'lea', amountFen: 6900 },
            { orderId: fayOrder, buyerOpenid: 'fay', amountFen: 6800 },
          ],
        },
      });
      // A late payment is owed its refund at once; the group has already been told.
      const late = await report({ orderId: nextOrderId(), buyerOpenid: 'gus', groupId: group.id });
      expect(late.order.groupOutcome).toBe('refund_due');
      await h.ok('group', { action: 'mine', campaignId: c.id }, 'lea');
      expect(await events(c.id)).toHaveLength(1);
    });
  });

  test('a friend claims from a packet: packet.claimed for the sharer, once', async () => {
    const c = await h.save(aGroupCampaign({}, { packet: aPacket() }));
    const { order } = await report({
      orderId: nextOrderId(),
      buyerOpenid: 'bea',
      campaignId: c.id,
    });
    const { packet } = await h.ok('packet', { action: 'share', orderId: order.orderId }, 'bea');
    const { coupon } = await h.ok('packet', { action: 'claim', packetId: packet.id }, 'f1');

    const claimed = await theOne(c.id, 'packet.claimed');
    expect(claimed).toMatchObject({
      recipient_openid: 'bea',
      target: null,
      idempotency_key: `packet.claimed:${packet.id}:f1`,
      payload: {
        campaignId: c.id,
        packetId: packet.id,
        sharerOpenid: 'bea',
        claimerOpenid: 'f1',
        couponId: coupon.id,
        amountFen: coupon.valueFen,
      },
    });
    expect(await h.ok('packet', { action: 'claim', packetId: packet.id }, 'f1')).toMatchObject({
      replayed: true,
    });
    expect(await events(c.id)).toHaveLength(1);
  });

  test('a merchant approves a held credit: credit.approved for the sharer, once; a rejection tells no one', async () => {
    const c = await h.save(aBargainCampaign());
    const { token } = await h.ok('invite', { action: 'share', campaignId: c.id }, 'alice');
    // The third and fourth new people from one IP within the hour are held for review.
    for (const [i, who] of ['p1', 'p2', 'p3', 'p4'].entries()) {
      h.clock.set(new Date(Date.parse(START) + i * MINUTE));
      await okAs(
        h,
        'invite',
        { action: 'visit', campaignId: c.id, token },
        { openid: who, clientIp: '203.0.113.7' },
      );
    }
    const held = await h.store.query<{ id: string; invitee_openid: string; xp: number }>(
      `select id, invitee_openid, xp from conversion
        where campaign_id = $1 and flags <> '[]'::jsonb order by invitee_openid`,
      [c.id],
    );
    expect(held.map((r) => r.invitee_openid)).toEqual(['p3', 'p4']);
    const [p3, p4] = held as [(typeof held)[0], (typeof held)[0]];
    const review = (id: string, decision: 'approve' | 'reject') =>
      h.ok(
        'invite',
        { action: 'review', campaignId: c.id, creditIds: [id], decision },
        'merchant',
        'merchant',
      );
    await review(p3.id, 'approve');
    await review(p4.id, 'reject');

    const approved = await theOne(c.id, 'credit.approved');
    expect(approved).toMatchObject({
      recipient_openid: 'alice',
      target: null,
      idempotency_key: `credit.approved:${p3.id}`,
      payload: {
        campaignId: c.id,
        conversionId: p3.id,
        sharerOpenid: 'alice',
        inviteeOpenid: 'p3',
        stage: 'arrived',
        xp: p3.xp,
      },
    });
    expect(await review(p3.id, 'approve')).toEqual({ reviewed: 0 });
    expect(await review(p4.id, 'approve')).toEqual({ reviewed: 0 });
    expect(await events(c.id)).toHaveLength(1);
  });

  test('a waitlisted person is given a code: fcode.promoted, once', async () => {
    const c = await h.save(anFcodeCampaign());
    await h.ok(
      'fcode',
      { action: 'seed', campaignId: c.id, openids: ['seed'] },
      'merchant',
      'merchant',
    );
    await h.ok('fcode', { action: 'join', campaignId: c.id }, 'w1');
    // Neither of the seed's codes was handed on in time: the first goes to w1.
    h.clock.advance(3 * DAY);
    const { fcode } = await h.ok('fcode', { action: 'get', campaignId: c.id }, 'w1');

    const promoted = await theOne(c.id, 'fcode.promoted');
    expect(promoted).toMatchObject({
      recipient_openid: 'w1',
      target: `fcode:${c.id}`,
      payload: { campaignId: c.id, code: fcode.viewer.mine.code, batch: 1 },
    });
    await h.ok('fcode', { action: 'get', campaignId: c.id }, 'w1');
    expect(await events(c.id)).toHaveLength(1);
    await everyPayloadParses(c.id);
  });
});
