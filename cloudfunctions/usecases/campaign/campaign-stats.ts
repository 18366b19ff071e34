import { NO_EXPERIENCE, sharerExperience } from '../invite/sharer-experience';
import type { CampaignStats } from '../../contracts/campaign';
import { computeFunnel } from '../../domain/stats/funnel';
import { topSharerShare } from '../../domain/stats/top-sharer-share';
import { viralCoefficient } from '../../domain/stats/viral-coefficient';
import { maskName } from '../../domain/shared/mask-name';
import { maskOpenid } from '../../domain/shared/mask-openid';
import { explainFraudFlag } from '../../domain/attribution/explain-fraud-flag';
import type { Deps } from '../deps';
import { creditStatusSql } from '../invite/credit-status-sql';
import { settleGroups } from '../group/group-row';
import { findCampaign } from './find-campaign';

const TOP_SHARERS = 10;

/** The merchant's view of one campaign: funnel, viral coefficient, scenes, sharers, reviews. */
export async function campaignStats(
  input: { campaignId: string },
  { store, clock }: Deps,
): Promise<CampaignStats> {
  const now = clock();
  const campaign = await findCampaign(store, input.campaignId);
  const id = campaign.id;
  // WeChat has no background sweep: groups past their deadline are settled before counting,
  // so the refunds owed are all listed.
  await store.transaction((tx) => settleGroups(tx, now, { campaignId: id }));
  const [counts] = await store.query<Record<string, number>>(
    `select
       (select count(distinct openid)::int from visit where campaign_id = $1) as visitors,
       (select count(*)::int from visit where campaign_id = $1 and is_new) as new_people,
       (select count(*)::int from bargain where campaign_id = $1)
         + (select count(*)::int from assist where campaign_id = $1)
         + (select count(*)::int from group_buy where campaign_id = $1) as starts,
       (select count(*)::int from bargain_help h join bargain b on b.id = h.bargain_id where b.campaign_id = $1)
         + (select count(*)::int from assist_help h join assist a on a.id = h.assist_id where a.campaign_id = $1)
         + (select count(*)::int from group_seat s join group_buy g on g.id = s.group_id
              where g.campaign_id = $1 and s.openid <> g.leader_openid and s.status = 'paid') as helps,
       (select count(*)::int from bargain where campaign_id = $1 and status = 'completed')
         + (select count(*)::int from assist where campaign_id = $1 and status = 'completed')
         + (select count(*)::int from group_buy where campaign_id = $1 and status = 'completed') as completions,
       (select count(*)::int from coupon c join coupon_template t on t.id = c.template_id where t.campaign_id = $1) as rewards_issued,
       (select count(*)::int from coupon c join coupon_template t on t.id = c.template_id
          where t.campaign_id = $1 and c.status = 'redeemed') as redeemed,
       (select count(*)::int from shop_order where campaign_id = $1) as orders,
       (select count(*)::int from campaign_user where campaign_id = $1 and participated_at is not null)
         + (select count(distinct sharer_openid)::int from share_token s where campaign_id = $1 and not exists (
              select 1 from campaign_user u where u.campaign_id = $1 and u.openid = s.sharer_openid and u.participated_at is not null)) as participants,
       (select count(distinct openid)::int from visit where campaign_id = $1 and token is not null) as invites_sent,
       (select count(*)::int from attribution where campaign_id = $1) as invitees,
       (select count(distinct c.invitee_openid)::int from conversion c
          where c.campaign_id = $1 and c.stage in ('helped', 'started', 'ordered')
            and ${creditStatusSql('c', '$2')} = 'counted') as invitees_converted`,
    [id, now],
  );
  const n = (key: string) => counts?.[key] ?? 0;
  const viral = {
    participants: n('participants'),
    invitesSent: n('invites_sent'),
    invitees: n('invitees'),
    inviteesConverted: n('invitees_converted'),
  };
  const status = creditStatusSql('c', '$2');
  const [scenes, sharers, pending, refunds] = await Promise.all([
    store.query<{ scene: number | null; visits: number }>(
      'select scene, count(*)::int as visits from visit where campaign_id = $1 group by scene order by visits desc, scene',
      [id],
    ),
    store.query<{ openid: string; conversions: number; xp: number }>(
      `select c.sharer_openid as openid, count(*)::int as conversions, sum(c.xp)::int as xp
         from conversion c where c.campaign_id = $1 and ${status} = 'counted'
        group by 1 order by conversions desc, xp desc, openid`,
      [id, now],
    ),
    store.query<{
      id: string;
      sharer_openid: string;
      invitee_openid: string;
      stage: 'arrived';
      flags: string[];
      created_at: Date;
    }>(
      `select id, sharer_openid, invitee_openid, stage, flags, created_at from conversion
        where campaign_id = $1 and status = 'pending' and flags <> '[]'::jsonb and reviewed_at is null
        order by created_at limit 100`,
      [id],
    ),
    store.query<{ order_id: string }>(
      `select order_id from shop_order where campaign_id = $1 and refund_due
        order by reported_at limit 100`,
      [id],
    ),
  ]);
  const totalConversions = sharers.reduce((sum, s) => sum + s.conversions, 0);
  const top = topSharerShare(sharers, totalConversions, TOP_SHARERS);
  // The shown experience is read as the sharer's own page reads it, not from the ranking sums.
  const experience = await sharerExperience(
    store,
    { sharers: top.top.map((s) => s.openid), campaignId: id },
    now,
  );
  return {
    campaignId: id,
    kind: campaign.config.kind,
    title: campaign.config.title,
    funnel: computeFunnel({
      visitors: n('visitors'),
      newPeople: n('new_people'),
      starts: n('starts'),
      helps: n('helps'),
      completions: n('completions'),
      rewardsIssued: n('rewards_issued'),
      redeemed: n('redeemed'),
      orders: n('orders'),
    }),
    viral: { ...viral, k: viralCoefficient(viral) },
    scenes,
    topSharers: top.top.map((s) => ({
      name: maskName(s.openid),
      conversions: s.conversions,
      ...(experience.get(s.openid) ?? NO_EXPERIENCE),
    })),
    topSharersShare: top.share,
    pendingCredits: pending.map((p) => ({
      id: p.id,
      // The merchant decides on a person, so they get ids they can tell apart (not maskName's
      // 'u*' for every persona); nothing stores a nickname to name them by.
      sharer: maskOpenid(p.sharer_openid),
      invitee: maskOpenid(p.invitee_openid),
      stage: p.stage,
      flags: p.flags.map(explainFraudFlag),
      at: p.created_at.toISOString(),
    })),
    refundOrderIds: refunds.map((r) => r.order_id),
  };
}
