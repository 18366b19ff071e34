/**
 * The invariant checker (support/invariants.ts) that judges the crash, lost-connection, replay
 * and fuzz tests must itself be able to fail: it finds nothing in data the use cases wrote, and
 * each invariant it knows, broken on purpose, is reported. Every check has a corruption here
 * (a test says so), so a check that could never fire cannot hide in the list.
 */
import {
  aBargainCampaign,
  aCouponCampaign,
  anAssistCampaign,
} from '../support/builders/campaign-config';
import { openHarness, type Harness } from '../support/harness';
import { checkInvariants, INVARIANT_CHECKS } from './support/invariants';

/**
 * Each corruption breaks one invariant on purpose inside a transaction that is rolled back;
 * the CHECK constraints, unique keys and indexes that would refuse it are dropped first, inside
 * the same transaction (PostgreSQL DDL is transactional), so the checker is the last line.
 */
interface Corruption {
  invariant: string;
  /** Statements, run in order; `$ids` names are replaced from the fixture's ids. */
  sql: string[];
}

const CORRUPTIONS: Corruption[] = [
  {
    invariant: 'bargain.helps_done = its help rows',
    sql: [`update bargain set helps_done = 0 where id = '$activeBargain'`],
  },
  {
    invariant: 'bargain help seqs are exactly 1..n',
    sql: [`update bargain_help set seq = 7 where bargain_id = '$activeBargain'`],
  },
  {
    invariant: 'one help per helper per bargain',
    sql: [
      'alter table bargain_help drop constraint bargain_help_pkey',
      `insert into bargain_help select bargain_id, helper_openid, seq + 100, cut_fen, helped_at
         from bargain_help where bargain_id = '$activeBargain'`,
    ],
  },
  {
    invariant: 'no self-help on a bargain',
    sql: [`update bargain_help set helper_openid = 'ck-init2' where bargain_id = '$activeBargain'`],
  },
  {
    invariant: 'floor ≤ current price ≤ price',
    sql: [`update bargain set current_fen = floor_fen - 1 where id = '$activeBargain'`],
  },
  {
    invariant: 'the schedule sums exactly to price − floor, one cut per help (+ the initiator’s)',
    sql: [`update bargain set schedule[2] = schedule[2] + 1 where id = '$activeBargain'`],
  },
  {
    invariant: 'current = price − initiator cut − sum of help cuts',
    sql: [`update bargain set current_fen = current_fen - 1 where id = '$activeBargain'`],
  },
  {
    invariant: 'each help took the published cut of its turn',
    sql: [
      `update bargain_help set cut_fen = cut_fen + 1 where bargain_id = '$activeBargain'`,
      `update bargain set current_fen = current_fen - 1 where id = '$activeBargain'`,
    ],
  },
  {
    invariant: 'cuts_done = initiator cut + helps',
    sql: [`update bargain set cuts_done = cuts_done + 1 where id = '$activeBargain'`],
  },
  {
    invariant: 'a bargain is completed ⇔ at its floor ⇔ every help done',
    sql: [`update bargain set status = 'active' where id = '$completedBargain'`],
  },
  {
    invariant: 'one reward coupon per completed bargain, none for others',
    sql: [`update bargain set reward_coupon_id = null where id = '$completedBargain'`],
  },
  {
    invariant: 'every bargain reward belongs to a completed bargain',
    sql: [`update coupon set reason = 'bargain_reward' where id = '$claimedCoupon'`],
  },
  {
    invariant: 'one active bargain per person and campaign',
    sql: [
      'drop index bargain_one_active',
      `insert into bargain (id, campaign_id, initiator_openid, status, price_fen, floor_fen, current_fen,
         helps_needed, helps_done, schedule, cuts_done, started_at, ends_at)
       select 'brg_copy000000000000', campaign_id, initiator_openid, status, price_fen, floor_fen,
              price_fen - schedule[1], helps_needed, 0, schedule, 1, started_at, ends_at
         from bargain where id = '$activeBargain'`,
    ],
  },
  {
    invariant: 'assist.helps_done = its help rows',
    sql: [`update assist set helps_done = helps_done + 1 where id = '$activeAssist'`],
  },
  {
    invariant: 'assist help seqs are exactly 1..n',
    sql: [`update assist_help set seq = 9 where assist_id = '$activeAssist'`],
  },
  {
    invariant: 'no self-help on an assist',
    sql: [`update assist_help set helper_openid = 'ck-init' where assist_id = '$activeAssist'`],
  },
  {
    invariant: 'an assist is completed ⇔ every help done, and then has its one reward',
    sql: [`update assist set reward_coupon_id = null where id = '$completedAssist'`],
  },
  {
    invariant: 'a helper’s thank-you coupon is theirs, keyed by the help, and recorded on it',
    sql: [`update assist_help set reward_coupon_id = null where assist_id = '$activeAssist'`],
  },
  {
    invariant: 'every assist reward belongs to a completed assist',
    sql: [`update coupon set reason = 'assist_reward' where id = '$claimedCoupon'`],
  },
  {
    invariant: 'one active assist per person and campaign',
    sql: [
      'drop index assist_one_active',
      `insert into assist (id, campaign_id, initiator_openid, status, helps_needed, helps_done,
         started_at, ends_at, reward_template_id)
       select 'ast_copy000000000000', campaign_id, initiator_openid, status, helps_needed, 0,
              started_at, ends_at, reward_template_id
         from assist where id = '$activeAssist'`,
    ],
  },
  {
    invariant: 'a coupon per idempotency key',
    sql: [
      'alter table coupon drop constraint coupon_idempotency_key_key',
      `update coupon set idempotency_key = (select idempotency_key from coupon where id = '$claimedCoupon')
        where id = '$redeemedCoupon'`,
    ],
  },
  {
    invariant: 'template.issued = its coupons',
    sql: [`update coupon_template set issued = issued + 1 where id = '$couponTemplate'`],
  },
  {
    invariant: 'issued + reserved ≤ budget',
    sql: [`update coupon_template set budget = 1 where id = '$couponTemplate'`],
  },
  {
    invariant: 'template.reserved = its active assists',
    sql: [`update coupon_template set reserved = reserved + 1 where id = '$goalTemplate'`],
  },
  {
    invariant: 'holdings = coupons held, within the per-user limit',
    sql: [`update coupon_holding set issued = issued + 1 where template_id = '$couponTemplate'`],
  },
  {
    invariant: 'a coupon is redeemed at most once, by the order that used it',
    sql: [
      `update coupon set status = 'issued', redeemed_at = null, redeemed_order_id = null,
         redeemed_discount_fen = null where id = '$redeemedCoupon'`,
    ],
  },
  {
    invariant: 'an order’s discount is what its coupon took off, within the coupon’s terms',
    sql: [`update shop_order set discount_fen = 0 where order_id = 'ck-order-1'`],
  },
  {
    invariant: 'helper_day = helps that China day, within the daily limit',
    sql: [`update helper_day set helps = helps + 1 where helper_openid = 'ck-h1'`],
  },
  {
    invariant:
      'start_count = bargains, assists and group leads started (a failed group gives its lead back), within the limit (less lapsed starts given back)',
    sql: [`update start_count set starts = starts + 1 where openid = 'ck-init'`],
  },
  {
    invariant:
      'each help is told once (helped, or completed for the last), and no help event lacks its help',
    sql: [`delete from outbox where idempotency_key like 'bargain.helped:$activeBargain:%'`],
  },
  {
    invariant:
      'each reward coupon is told once (reward.issued), and no reward.issued lacks its coupon',
    sql: [
      `update outbox set payload = jsonb_set(payload, '{reason}', '"claim"')
        where event_type = 'reward.issued'`,
    ],
  },
  {
    invariant: 'one attribution per invitee and campaign, never to oneself',
    sql: [`update attribution set sharer_openid = invitee_openid`],
  },
  {
    invariant:
      'one credit per invitee, stage and subject, to the attributed sharer (a used packet coupon: to the packet’s sharer)',
    sql: [`update conversion set sharer_openid = 'ck-nobody'`],
  },
];

const DROP_CHECKS = `do $$
  declare r record;
  begin
    for r in select conrelid::regclass as t, conname from pg_constraint
              where contype = 'c' and connamespace = current_schema()::regnamespace loop
      execute format('alter table %s drop constraint %I', r.t, r.conname);
    end loop;
  end $$`;

class RolledBack extends Error {}

describe('the invariant checker', () => {
  let h: Harness;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    h = await openHarness('pglite');
    const bargainCampaign = await h.save(
      aBargainCampaign({ priceFen: 1_000, floorFen: 100, helpsNeeded: 2 }),
    );
    const assistCampaign = await h.save(anAssistCampaign({ helpsNeeded: 2 }));
    const couponCampaign = await h.save(aCouponCampaign({ perUserLimit: 2 }));
    const start = (name: 'bargain' | 'assist', campaignId: string, who: string) =>
      h.ok(name, { action: 'start', campaignId }, who);

    const completedBargain = (await start('bargain', bargainCampaign.id, 'ck-init')).bargain.id;
    const activeBargain = (await start('bargain', bargainCampaign.id, 'ck-init2')).bargain.id;
    const helpBargain = (bargainId: string, who: string) =>
      h.ok('bargain', { action: 'help', bargainId }, who);
    await helpBargain(completedBargain, 'ck-h1');
    await helpBargain(completedBargain, 'ck-h2');
    await helpBargain(activeBargain, 'ck-h1');

    const completedAssist = (await start('assist', assistCampaign.id, 'ck-init3')).assist.id;
    const activeAssist = (await start('assist', assistCampaign.id, 'ck-init')).assist.id;
    const helpAssist = (assistId: string, who: string) =>
      h.ok('assist', { action: 'help', assistId }, who);
    await helpAssist(completedAssist, 'ck-h1');
    await helpAssist(completedAssist, 'ck-h2');
    await helpAssist(activeAssist, 'ck-h3');
    Object.assign(ids, { completedBargain, activeBargain, completedAssist, activeAssist });
    ids.goalTemplate = `${assistCampaign.id}-goal`;

    const { token } = await h.ok(
      'invite',
      { action: 'share', campaignId: couponCampaign.id },
      'ck-sharer',
    );
    await h.ok('invite', { action: 'visit', token }, 'ck-buyer');
    ids.couponTemplate = couponCampaign.id;
    const claim = (who: string) =>
      h.ok('coupon', { action: 'claim', templateId: couponCampaign.id }, who);
    ids.claimedCoupon = (await claim('ck-buyer')).coupon.id;
    ids.redeemedCoupon = (await claim('ck-buyer')).coupon.id;
    await h.ok(
      'order',
      {
        action: 'report',
        orderId: 'ck-order-1',
        buyerOpenid: 'ck-buyer',
        amountFen: 5_000,
        campaignId: couponCampaign.id,
        couponId: ids.redeemedCoupon,
      },
      'merchant',
      'merchant',
    );
  });
  afterAll(() => h?.close());

  test('finds nothing wrong in data the use cases wrote', async () => {
    expect(await checkInvariants(h.store)).toEqual([]);
  });

  test('every invariant it checks has a corruption below that it must catch', () => {
    const corrupted = new Set(CORRUPTIONS.map((c) => c.invariant));
    expect(INVARIANT_CHECKS.map((c) => c.name).filter((name) => !corrupted.has(name))).toEqual([]);
  });

  test.each(CORRUPTIONS)('catches: $invariant', async ({ invariant, sql }) => {
    let found: string[] = [];
    await expect(
      h.store.transaction(async (tx) => {
        await tx.exec(DROP_CHECKS);
        for (const statement of sql) {
          await tx.exec(
            statement.replace(/\$([a-zA-Z]+)/g, (_, name: string) => ids[name] ?? `$${name}`),
          );
        }
        found = (await checkInvariants(tx)).map((v) => v.invariant);
        throw new RolledBack();
      }),
    ).rejects.toBeInstanceOf(RolledBack);
    expect(found).toContain(invariant);
    expect(await checkInvariants(h.store)).toEqual([]);
  });
});
