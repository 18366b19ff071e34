import type { Sql } from '../../../cloudfunctions/store/store';

/**
 * DESIGN.md's invariants as SQL over the whole store: each query returns the rows that break
 * one rule, so an empty answer everywhere means the data is consistent. They read only the
 * tables, never the code that wrote them, so they judge a data dir that a killed process left
 * behind as well as one a test just filled.
 */
export interface InvariantCheck {
  name: string;
  sql: string;
}

export interface Violation {
  invariant: string;
  rows: Record<string, unknown>[];
}

/** Whether a bargain's schedule starts with the initiator's own cut (one entry more than helps). */
const INITIATOR_CUTS = `(case when cardinality(b.schedule) > b.helps_needed then 1 else 0 end)`;

/** The China calendar day of a help (UTC+8, no daylight saving), as the daily limits count it. */
const CHINA_DAY = (column: string) => `((${column} at time zone 'UTC') + interval '8 hours')::date`;

/** A campaign's setting, read from the config it was saved with (bargain or assist section). */
const SETTING = (name: string) => `((k.config -> k.kind) ->> '${name}')::int`;

export const INVARIANT_CHECKS: InvariantCheck[] = [
  // 1. Bargains: the published cuts, applied once each, down to the floor and never below.
  {
    name: 'bargain.helps_done = its help rows',
    sql: `select b.id, b.helps_done, count(h.helper_openid)::int as help_rows
            from bargain b left join bargain_help h on h.bargain_id = b.id
           group by b.id having b.helps_done <> count(h.helper_openid)`,
  },
  {
    name: 'bargain help seqs are exactly 1..n',
    sql: `select bargain_id, count(*)::int as n, min(seq) as min_seq, max(seq) as max_seq
            from bargain_help group by bargain_id
          having min(seq) <> 1 or max(seq) <> count(*) or count(distinct seq) <> count(*)`,
  },
  {
    name: 'one help per helper per bargain',
    sql: `select bargain_id, helper_openid, count(*)::int as n
            from bargain_help group by 1, 2 having count(*) > 1`,
  },
  {
    name: 'no self-help on a bargain',
    sql: `select h.bargain_id, h.helper_openid from bargain_help h
            join bargain b on b.id = h.bargain_id where h.helper_openid = b.initiator_openid`,
  },
  {
    name: 'floor ≤ current price ≤ price',
    sql: `select id, price_fen, floor_fen, current_fen from bargain
           where current_fen < floor_fen or current_fen > price_fen`,
  },
  {
    name: 'the schedule sums exactly to price − floor, one cut per help (+ the initiator’s)',
    sql: `select b.id, b.schedule, b.price_fen, b.floor_fen from bargain b
           where (select coalesce(sum(x), 0) from unnest(b.schedule) x) <> b.price_fen - b.floor_fen
              or cardinality(b.schedule) not in (b.helps_needed, b.helps_needed + 1)
              or exists (select 1 from unnest(b.schedule) x where x < 1)`,
  },
  {
    name: 'current = price − initiator cut − sum of help cuts',
    sql: `select b.id, b.price_fen, b.current_fen, coalesce(h.cuts, 0) as help_cuts
            from bargain b
            left join (select bargain_id, sum(cut_fen)::int as cuts from bargain_help group by 1) h
              on h.bargain_id = b.id
           where b.current_fen <> b.price_fen
                 - (case when ${INITIATOR_CUTS} = 1 then b.schedule[1] else 0 end)
                 - coalesce(h.cuts, 0)`,
  },
  {
    name: 'each help took the published cut of its turn',
    sql: `select h.bargain_id, h.helper_openid, h.seq, h.cut_fen
            from bargain_help h join bargain b on b.id = h.bargain_id
           where h.cut_fen is distinct from b.schedule[h.seq + ${INITIATOR_CUTS}]`,
  },
  {
    name: 'cuts_done = initiator cut + helps',
    sql: `select b.id, b.cuts_done, b.helps_done from bargain b
           where b.cuts_done <> b.helps_done + ${INITIATOR_CUTS}`,
  },
  {
    name: 'a bargain is completed ⇔ at its floor ⇔ every help done',
    sql: `select id, status, current_fen, floor_fen, helps_done, helps_needed from bargain
           where (status = 'completed') <> (current_fen = floor_fen)
              or (status = 'completed') <> (helps_done = helps_needed)
              or (status = 'completed') <> (completed_at is not null)`,
  },
  {
    name: 'one reward coupon per completed bargain, none for others',
    sql: `select b.id, b.status, b.reward_coupon_id,
                 (select count(*)::int from coupon c where c.idempotency_key = 'bargain-reward:' || b.id) as rewards
            from bargain b
           where (b.status = 'completed') <> (b.reward_coupon_id is not null)
              or (select count(*) from coupon c where c.idempotency_key = 'bargain-reward:' || b.id)
                 <> (case when b.status = 'completed' then 1 else 0 end)
              or (b.reward_coupon_id is not null and not exists (
                    select 1 from coupon c
                     where c.id = b.reward_coupon_id and c.owner_openid = b.initiator_openid
                       and c.reason = 'bargain_reward'
                       and c.idempotency_key = 'bargain-reward:' || b.id))`,
  },
  {
    name: 'every bargain reward belongs to a completed bargain',
    sql: `select c.id, c.idempotency_key from coupon c
           where c.reason = 'bargain_reward'
             and not exists (select 1 from bargain b where b.reward_coupon_id = c.id)`,
  },
  {
    name: 'one active bargain per person and campaign',
    sql: `select campaign_id, initiator_openid, count(*)::int as n from bargain
           where status = 'active' group by 1, 2 having count(*) > 1`,
  },

  // 2. Assists: one help per helper, the goal reached exactly once, both sides' coupons once.
  {
    name: 'assist.helps_done = its help rows',
    sql: `select a.id, a.helps_done, count(h.helper_openid)::int as help_rows
            from assist a left join assist_help h on h.assist_id = a.id
           group by a.id having a.helps_done <> count(h.helper_openid)`,
  },
  {
    name: 'assist help seqs are exactly 1..n',
    sql: `select assist_id, count(*)::int as n from assist_help group by assist_id
          having min(seq) <> 1 or max(seq) <> count(*) or count(distinct seq) <> count(*)`,
  },
  {
    name: 'no self-help on an assist',
    sql: `select h.assist_id, h.helper_openid from assist_help h
            join assist a on a.id = h.assist_id where h.helper_openid = a.initiator_openid`,
  },
  {
    name: 'an assist is completed ⇔ every help done, and then has its one reward',
    sql: `select a.id, a.status, a.helps_done, a.helps_needed, a.reward_coupon_id from assist a
           where (a.status = 'completed') <> (a.helps_done = a.helps_needed)
              or (a.status = 'completed') <> (a.reward_coupon_id is not null)
              or (select count(*) from coupon c where c.idempotency_key = 'assist-reward:' || a.id)
                 <> (case when a.status = 'completed' then 1 else 0 end)
              or (a.reward_coupon_id is not null and not exists (
                    select 1 from coupon c
                     where c.id = a.reward_coupon_id and c.owner_openid = a.initiator_openid
                       and c.template_id = a.reward_template_id and c.reason = 'assist_reward'))`,
  },
  {
    name: 'a helper’s thank-you coupon is theirs, keyed by the help, and recorded on it',
    sql: `select c.id, c.owner_openid, c.idempotency_key from coupon c
           where c.reason = 'assist_helper_reward'
             and not exists (
               select 1 from assist_help h
                where h.reward_coupon_id = c.id and h.helper_openid = c.owner_openid
                  and c.idempotency_key = 'assist-helper:' || h.assist_id || ':' || h.helper_openid)
          union all
          select h.reward_coupon_id, h.helper_openid, 'missing coupon' from assist_help h
           where h.reward_coupon_id is not null
             and not exists (select 1 from coupon c where c.id = h.reward_coupon_id)`,
  },
  {
    name: 'every assist reward belongs to a completed assist',
    sql: `select c.id from coupon c where c.reason = 'assist_reward'
             and not exists (select 1 from assist a where a.reward_coupon_id = c.id)`,
  },
  {
    name: 'one active assist per person and campaign',
    sql: `select campaign_id, initiator_openid, count(*)::int as n from assist
           where status = 'active' group by 1, 2 having count(*) > 1`,
  },

  // 3. Coupons: once per key, within budget, counters equal to the coupons that exist.
  {
    name: 'a coupon per idempotency key',
    sql: `select idempotency_key, count(*)::int as n from coupon group by 1 having count(*) > 1`,
  },
  {
    name: 'template.issued = its coupons',
    sql: `select t.id, t.issued, coalesce(c.n, 0) as coupons from coupon_template t
            left join (select template_id, count(*)::int as n from coupon group by 1) c
              on c.template_id = t.id
           where t.issued <> coalesce(c.n, 0)`,
  },
  {
    name: 'issued + reserved ≤ budget',
    sql: `select id, budget, issued, reserved from coupon_template
           where budget is not null and issued + reserved > budget`,
  },
  {
    name: 'template.reserved = its active assists',
    sql: `select t.id, t.reserved,
                 (select count(*)::int from assist a
                   where a.reward_template_id = t.id and a.status = 'active') as active_assists
            from coupon_template t
           where t.reserved <> (select count(*) from assist a
                                 where a.reward_template_id = t.id and a.status = 'active')`,
  },
  {
    name: 'holdings = coupons held, within the per-user limit',
    sql: `select coalesce(h.template_id, c.template_id) as template_id,
                 coalesce(h.owner_openid, c.owner_openid) as owner_openid,
                 h.issued as holding, c.n as coupons, t.per_user_limit
            from coupon_holding h
            full join (select template_id, owner_openid, count(*)::int as n from coupon group by 1, 2) c
              on c.template_id = h.template_id and c.owner_openid = h.owner_openid
            join coupon_template t on t.id = coalesce(h.template_id, c.template_id)
           where coalesce(h.issued, 0) <> coalesce(c.n, 0) or coalesce(c.n, 0) > t.per_user_limit`,
  },
  {
    name: 'a coupon is redeemed at most once, by the order that used it',
    sql: `select o.order_id, o.coupon_id, c.status, c.redeemed_order_id from shop_order o
            join coupon c on c.id = o.coupon_id
           where c.status <> 'redeemed' or c.redeemed_order_id <> o.order_id
          union all
          select min(order_id), coupon_id, 'used by several orders', null from shop_order
           where coupon_id is not null group by coupon_id having count(*) > 1`,
  },
  {
    name: 'an order’s discount is what its coupon took off, within the coupon’s terms',
    sql: `select o.order_id, o.discount_fen, c.redeemed_discount_fen from shop_order o
            left join coupon c on c.id = o.coupon_id
           where (c.id is null and o.discount_fen <> 0)
              or (c.id is not null and (o.discount_fen is distinct from c.redeemed_discount_fen
                  or o.amount_fen < c.min_spend_fen
                  or (c.product_id is not null and not c.product_id = any (o.product_ids))
                  or o.buyer_openid <> c.owner_openid))`,
  },

  // Per-helper daily limits and per-person start limits: counters equal what happened.
  {
    name: 'helper_day = helps that China day, within the daily limit',
    sql: `with helps as (
            select b.campaign_id, h.helper_openid, ${CHINA_DAY('h.helped_at')} as day
              from bargain_help h join bargain b on b.id = h.bargain_id
            union all
            select a.campaign_id, h.helper_openid, ${CHINA_DAY('h.helped_at')}
              from assist_help h join assist a on a.id = h.assist_id
          ), counted as (
            select campaign_id, helper_openid, day, count(*)::int as n from helps group by 1, 2, 3
          )
          select coalesce(d.campaign_id, c.campaign_id) as campaign_id,
                 coalesce(d.helper_openid, c.helper_openid) as helper_openid,
                 coalesce(d.day, c.day) as day, d.helps as counter, c.n as helps
            from helper_day d
            full join counted c
              on c.campaign_id = d.campaign_id and c.helper_openid = d.helper_openid and c.day = d.day
            join campaign k on k.id = coalesce(d.campaign_id, c.campaign_id)
           where coalesce(d.helps, 0) <> coalesce(c.n, 0)
              or coalesce(c.n, 0) > coalesce(${SETTING('helperDailyLimit')}, 2147483647)`,
  },
  {
    name: 'start_count = bargains, assists and group leads started (a failed group gives its lead back), within the limit (less lapsed starts given back)',
    sql: `with started as (
            select campaign_id, initiator_openid as openid, count(*)::int as n,
                   count(*) filter (where lapsed)::int as lapsed
              -- A restart marks the lapsed one expired in its own transaction, so the status
              -- alone tells which starts were given back (the database clock is not the test's).
              from (select campaign_id, initiator_openid, status = 'expired' as lapsed from bargain
                    union all select campaign_id, initiator_openid, status = 'expired' from assist
                    union all select campaign_id, leader_openid, false from group_buy
                               where status <> 'failed') s
             group by 1, 2
          )
          select coalesce(sc.campaign_id, s.campaign_id) as campaign_id,
                 coalesce(sc.openid, s.openid) as openid, sc.starts, s.n as started
            from start_count sc
            full join started s on s.campaign_id = sc.campaign_id and s.openid = sc.openid
            join campaign k on k.id = coalesce(sc.campaign_id, s.campaign_id)
           where coalesce(sc.starts, 0) <> coalesce(s.n, 0)
              or coalesce(s.n, 0)
                   - case when ((k.config -> k.kind) ->> 'restartAfterExpiry') = 'false' then 0
                          else coalesce(s.lapsed, 0) end
                 > coalesce(${SETTING('maxStartsPerUser')},
                            ${SETTING('maxLeadsPerUser')}, 2147483647)`,
  },

  // The outbox: what must be told is written with its cause, once (DESIGN.md, Outbox).
  {
    name: 'each help is told once (helped, or completed for the last), and no help event lacks its help',
    sql: `with helps as (
            select 'bargain' as kind, h.bargain_id as id, h.helper_openid, h.seq, b.helps_needed
              from bargain_help h join bargain b on b.id = h.bargain_id
            union all
            select 'assist', h.assist_id, h.helper_openid, h.seq, a.helps_needed
              from assist_help h join assist a on a.id = h.assist_id
          ), expected as (
            select helper_openid, case when seq = helps_needed then kind || '.completed:' || id
                                       else kind || '.helped:' || id || ':' || seq end as key
              from helps
          ), told as (
            select idempotency_key as key, payload ->> 'helperOpenid' as helper_openid
              from outbox
             where event_type in ('bargain.helped', 'bargain.completed', 'assist.helped',
                                  'assist.completed')
          )
          select coalesce(e.key, t.key) as key, e.helper_openid as helper, t.helper_openid as told
            from expected e full join told t on t.key = e.key
           where e.key is null or t.key is null or e.helper_openid is distinct from t.helper_openid`,
  },
  {
    name: 'each reward coupon is told once (reward.issued), and no reward.issued lacks its coupon',
    sql: `select coalesce(c.id, t.coupon_id) as coupon, c.reason, t.reason as told_reason
            from (select id, reason, idempotency_key from coupon
                   where reason in ('bargain_reward', 'assist_reward', 'assist_helper_reward')) c
            full join (select payload ->> 'couponId' as coupon_id, payload ->> 'reason' as reason,
                              idempotency_key
                         from outbox where event_type = 'reward.issued') t on t.coupon_id = c.id
           where c.id is null or t.coupon_id is null or c.reason is distinct from t.reason
              or t.idempotency_key <> 'reward.issued:' || c.idempotency_key`,
  },

  // Attribution: the first sharer wins, once; one credit per (invitee, stage, subject).
  {
    name: 'one attribution per invitee and campaign, never to oneself',
    sql: `select campaign_id, invitee_openid, count(*)::int as n from attribution group by 1, 2
          having count(*) > 1 or bool_or(invitee_openid = sharer_openid)`,
  },
  {
    // A friend's use of a packet coupon is credited to the packet's sharer, attributed or not.
    name: 'one credit per invitee, stage and subject, to the attributed sharer (a used packet coupon: to the packet’s sharer)',
    sql: `select v.campaign_id, v.invitee_openid, v.stage, v.ref_id, count(*)::int as n
            from conversion v
            left join attribution a
              on a.campaign_id = v.campaign_id and a.invitee_openid = v.invitee_openid
            left join shop_order o on v.stage = 'coupon_used' and o.order_id = v.ref_id
            left join packet_slot s on s.coupon_id = o.coupon_id
            left join packet p on p.id = s.packet_id
           group by 1, 2, 3, 4
          having count(*) > 1
              or bool_or(case when v.stage = 'coupon_used' then p.sharer_openid
                              else a.sharer_openid end is distinct from v.sharer_openid)`,
  },
];

/** Every broken invariant with the rows that break it; empty when the store is consistent. */
export async function checkInvariants(sql: Sql): Promise<Violation[]> {
  const violations: Violation[] = [];
  for (const check of INVARIANT_CHECKS) {
    const rows = await sql.query(check.sql);
    if (rows.length > 0) violations.push({ invariant: check.name, rows: rows.slice(0, 5) });
  }
  return violations;
}
