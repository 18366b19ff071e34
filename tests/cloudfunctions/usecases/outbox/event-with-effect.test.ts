/**
 * No event without its effect, no effect without its event. Each action runs once per
 * statement it sends, with that statement failing as the connection drops: before it reaches
 * the database (then neither the effect nor its event may exist), or after it ran but before
 * its answer came back (then they exist together or not at all: an autocommit statement has
 * committed, a transaction's statement rolls back with it). Without a failure both exist.
 */
import type { FunctionResult } from '../../../../cloudfunctions/contracts/result';
import type { Caller, Deps } from '../../../../cloudfunctions/usecases/deps';
import { functionHandlers, type FunctionName } from '../../../../cloudfunctions/functions/registry';
import {
  aBargainCampaign,
  aCircleCampaign,
  aGroupCampaign,
  aPacket,
  anAssistCampaign,
} from '../../../support/builders/campaign-config';
import { okAs } from '../../../support/call-as';
import {
  failingStore,
  type FailingStore,
  type FailureMoment,
} from '../../../support/failing-store';
import { openHarness, type Harness } from '../../../support/harness';
import { eventsOf } from '../../../support/outbox';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';
const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

/** What an action needs, set up through the plain store. */
interface Stage {
  campaignId: string;
  /** The id the action is about: a bargain, an assist, a group, a packet, a credit. */
  id: string;
}

interface Scenario {
  label: string;
  arrange(h: Harness): Promise<Stage>;
  /** The action under test, sent through the failing store. */
  act: { name: FunctionName; event(s: Stage): unknown; as: Caller };
  /** Each part of the effect, as present or not. */
  effects(h: Harness, s: Stage): Promise<Record<string, boolean>>;
  /** The event types the action records, sorted. */
  told: string[];
}

const shopper = (openid: string): Caller => ({ openid, role: 'shopper' });
const merchant: Caller = { openid: 'merchant', role: 'merchant' };
let orderSeq = 0;
const nextOrderId = () => `fail-order-${process.pid}-${(orderSeq += 1)}`;

const exists = async (h: Harness, sql: string, params: unknown[]) =>
  (await h.store.query(sql, params)).length > 0;
/** Whether the coupon of this idempotency key was issued. */
const couponIssued = (h: Harness, key: string) =>
  exists(h, `select 1 from coupon where idempotency_key = $1`, [key]);

const startBargain = async (h: Harness, helpsNeeded: number, helpers: string[]) => {
  const c = await h.save(aBargainCampaign({ helpsNeeded }));
  const { bargain } = await h.ok('bargain', { action: 'start', campaignId: c.id }, 'ini');
  for (const who of helpers) await h.ok('bargain', { action: 'help', bargainId: bargain.id }, who);
  return { campaignId: c.id, id: bargain.id as string };
};

const startAssist = async (h: Harness, helpsNeeded: number, helpers: string[]) => {
  const c = await h.save(anAssistCampaign({ helpsNeeded }));
  const { assist } = await h.ok('assist', { action: 'start', campaignId: c.id }, 'ini');
  for (const who of helpers) await h.ok('assist', { action: 'help', assistId: assist.id }, who);
  return { campaignId: c.id, id: assist.id as string };
};

const report = (h: Harness, event: Record<string, unknown>) =>
  h.ok('order', { action: 'report', amountFen: 6900, ...event }, 'merchant', 'merchant');

const scenarios: Scenario[] = [
  {
    label: 'a help',
    arrange: (h) => startBargain(h, 3, []),
    act: {
      name: 'bargain',
      event: (s) => ({ action: 'help', bargainId: s.id }),
      as: shopper('h1'),
    },
    effects: async (h, s) => ({
      help: await exists(h, `select 1 from bargain_help where bargain_id = $1`, [s.id]),
      cut: await exists(h, `select 1 from bargain where id = $1 and helps_done = 1`, [s.id]),
    }),
    told: ['bargain.helped'],
  },
  {
    label: 'the completing help',
    arrange: (h) => startBargain(h, 2, ['h1']),
    act: {
      name: 'bargain',
      event: (s) => ({ action: 'help', bargainId: s.id }),
      as: shopper('h2'),
    },
    effects: async (h, s) => ({
      help: await exists(
        h,
        `select 1 from bargain_help where bargain_id = $1 and helper_openid = 'h2'`,
        [s.id],
      ),
      completed: await exists(h, `select 1 from bargain where id = $1 and status = 'completed'`, [
        s.id,
      ]),
      reward: await couponIssued(h, `bargain-reward:${s.id}`),
    }),
    told: ['bargain.completed', 'reward.issued'],
  },
  {
    label: 'an assist help (with its thank-you coupon)',
    arrange: (h) => startAssist(h, 2, []),
    act: { name: 'assist', event: (s) => ({ action: 'help', assistId: s.id }), as: shopper('h1') },
    effects: async (h, s) => ({
      help: await exists(h, `select 1 from assist_help where assist_id = $1`, [s.id]),
      thanks: await couponIssued(h, `assist-helper:${s.id}:h1`),
    }),
    told: ['assist.helped', 'reward.issued'],
  },
  {
    label: 'the completing assist help',
    arrange: (h) => startAssist(h, 2, ['h1']),
    act: { name: 'assist', event: (s) => ({ action: 'help', assistId: s.id }), as: shopper('h2') },
    effects: async (h, s) => ({
      help: await exists(
        h,
        `select 1 from assist_help where assist_id = $1 and helper_openid = 'h2'`,
        [s.id],
      ),
      completed: await exists(h, `select 1 from assist where id = $1 and status = 'completed'`, [
        s.id,
      ]),
      reward: await couponIssued(h, `assist-reward:${s.id}`),
    }),
    told: ['assist.completed', 'reward.issued', 'reward.issued'],
  },
  {
    label: 'the payment that forms a group',
    async arrange(h) {
      const c = await h.save(aGroupCampaign({ size: 2 }));
      const { group } = await h.ok('group', { action: 'open', campaignId: c.id }, 'lea');
      await report(h, { orderId: nextOrderId(), buyerOpenid: 'lea', groupId: group.id });
      await h.ok('group', { action: 'join', groupId: group.id }, 'fay');
      return { campaignId: c.id, id: group.id };
    },
    act: {
      name: 'order',
      event: (s) => ({
        action: 'report',
        orderId: `${s.id}-fay`,
        buyerOpenid: 'fay',
        amountFen: 6900,
        groupId: s.id,
      }),
      as: merchant,
    },
    effects: async (h, s) => ({
      order: await exists(h, `select 1 from shop_order where order_id = $1`, [`${s.id}-fay`]),
      completed: await exists(h, `select 1 from group_buy where id = $1 and status = 'completed'`, [
        s.id,
      ]),
    }),
    told: ['group.formed'],
  },
  {
    label: 'a group failing at its deadline',
    async arrange(h) {
      h.clock.set(START);
      const c = await h.save(aGroupCampaign({ size: 3 }));
      const { group } = await h.ok('group', { action: 'open', campaignId: c.id }, 'lea');
      await report(h, { orderId: nextOrderId(), buyerOpenid: 'lea', groupId: group.id });
      h.clock.advance(DAY);
      return { campaignId: c.id, id: group.id };
    },
    act: { name: 'group', event: (s) => ({ action: 'get', groupId: s.id }), as: shopper('gus') },
    effects: async (h, s) => ({
      failed: await exists(h, `select 1 from group_buy where id = $1 and status = 'failed'`, [
        s.id,
      ]),
      refundDue: await exists(
        h,
        `select 1 from shop_order where group_id = $1 and refund_due and buyer_openid = 'lea'`,
        [s.id],
      ),
    }),
    told: ['group.failed'],
  },
  {
    label: 'a packet claim',
    async arrange(h) {
      h.clock.set(START);
      const c = await h.save(aGroupCampaign({}, { packet: aPacket() }));
      const { order } = await report(h, {
        orderId: nextOrderId(),
        buyerOpenid: 'bea',
        campaignId: c.id,
      });
      const { packet } = await h.ok('packet', { action: 'share', orderId: order.orderId }, 'bea');
      return { campaignId: c.id, id: packet.id };
    },
    act: { name: 'packet', event: (s) => ({ action: 'claim', packetId: s.id }), as: shopper('f1') },
    effects: async (h, s) => ({
      slot: await exists(
        h,
        `select 1 from packet_slot where packet_id = $1 and claimer_openid = 'f1'`,
        [s.id],
      ),
      coupon: await couponIssued(h, `packet:${s.id}:f1`),
    }),
    told: ['packet.claimed'],
  },
  {
    label: 'a friend claims from a circle post',
    async arrange(h) {
      const c = await h.save(aCircleCampaign());
      const { order } = await report(h, {
        orderId: nextOrderId(),
        buyerOpenid: 'bea',
        campaignId: c.id,
      });
      const { post } = await h.ok(
        'circle',
        {
          action: 'post',
          orderId: order.orderId,
          words: '杯子保温很好，早上装的热水到晚上还烫嘴。',
        },
        'bea',
      );
      return { campaignId: c.id, id: post.id };
    },
    act: { name: 'circle', event: (s) => ({ action: 'claim', postId: s.id }), as: shopper('f1') },
    effects: async (h, s) => ({
      claim: await exists(
        h,
        `select 1 from circle_claim where post_id = $1 and claimer_openid = 'f1'`,
        [s.id],
      ),
      coupon: await couponIssued(h, `circle:${s.id}:f1`),
    }),
    told: ['circle.coupon_claimed'],
  },
  {
    label: 'a held credit approved',
    async arrange(h) {
      const c = await h.save(aBargainCampaign());
      const { token } = await h.ok('invite', { action: 'share', campaignId: c.id }, 'alice');
      // The third new person from one IP within the hour is held for review.
      for (const [i, who] of ['p1', 'p2', 'p3'].entries()) {
        h.clock.set(new Date(Date.parse(START) + i * MINUTE));
        await okAs(
          h,
          'invite',
          { action: 'visit', campaignId: c.id, token },
          { openid: who, clientIp: '203.0.113.7' },
        );
      }
      const [held] = await h.store.query<{ id: string }>(
        `select id from conversion where campaign_id = $1 and flags <> '[]'::jsonb`,
        [c.id],
      );
      return { campaignId: c.id, id: held!.id };
    },
    act: {
      name: 'invite',
      event: (s) => ({
        action: 'review',
        campaignId: s.campaignId,
        creditIds: [s.id],
        decision: 'approve',
      }),
      as: merchant,
    },
    effects: async (h, s) => ({
      reviewed: await exists(
        h,
        `select 1 from conversion where id = $1 and reviewed_at is not null`,
        [s.id],
      ),
    }),
    told: ['credit.approved'],
  },
];

describe.each(storeKinds())('effects and their events commit together on %s', (kind) => {
  let h: Harness;
  let failing: FailingStore;
  let deps: Deps;
  let warn: jest.SpyInstance;
  beforeAll(async () => {
    h = await openHarness(kind, START);
    failing = failingStore(h.store);
    deps = { store: failing.store, clock: h.clock.now };
    // A dropped connection is logged by the function as a warning; expected here.
    warn = jest.spyOn(console, 'warn').mockImplementation(() => {});
  });
  afterAll(async () => {
    warn.mockRestore();
    await h.close();
  });

  /** Arranges afresh, runs the action with statement k failing (or none), and reads the store. */
  async function run(s: Scenario, failure: { k: number; moment: FailureMoment } | null) {
    h.clock.set(START);
    const stage = await s.arrange(h);
    const before = new Set((await eventsOf(h.store, stage.campaignId)).map((e) => e.id));
    failing.failAt(failure?.k ?? null, failure?.moment);
    const result = (await functionHandlers[s.act.name](
      s.act.event(stage),
      s.act.as,
      deps,
    )) as FunctionResult<unknown>;
    const sent = failing.sent();
    failing.failAt(null);
    const told = (await eventsOf(h.store, stage.campaignId))
      .filter((e) => !before.has(e.id))
      .map((e) => e.event_type)
      .sort();
    return { result, sent, effects: await s.effects(h, stage), told };
  }

  const every = (effects: Record<string, boolean>, value: boolean) =>
    Object.fromEntries(Object.keys(effects).map((k) => [k, value]));

  describe.each(scenarios)('$label', (s) => {
    test('whichever statement fails, the effect and its event exist together or not at all', async () => {
      const clean = await run(s, null);
      expect(clean.result.ok).toBe(true);
      expect({ effects: clean.effects, told: clean.told }).toEqual({
        effects: every(clean.effects, true),
        told: s.told,
      });

      for (let k = 1; k <= clean.sent; k += 1) {
        for (const moment of ['before', 'after'] as const) {
          const failed = await run(s, { k, moment });
          const label = `statement ${k} of ${clean.sent} failing ${moment} it ran`;
          expect({ label, code: failed.result.ok ? null : failed.result.error.code }).toEqual({
            label,
            code: 'UNAVAILABLE',
          });
          // Failing before it ran, no statement can have taken effect; after, the effect
          // stands only if its statement committed, and then its event stands with it.
          const present = moment === 'after' && Object.values(failed.effects).every(Boolean);
          expect({ label, effects: failed.effects, told: failed.told }).toEqual({
            label,
            effects: every(failed.effects, present),
            told: present ? s.told : [],
          });
        }
      }
    });
  });
});
