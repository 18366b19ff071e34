import type { ConversionStage, CreditStatus, InviteProgressResult } from '../../contracts/invite';
import { perksAt } from '../../domain/invite/level-perks';
import { DEFAULT_LEVELS, levelFor } from '../../domain/invite/sharer-level';
import { maskName } from '../../domain/shared/mask-name';
import type { Caller, Deps } from '../deps';
import { findCampaign } from '../campaign/find-campaign';
import { creditStatusSql } from './credit-status-sql';
import { NO_EXPERIENCE, sharerExperience } from './sharer-experience';
import { rankedBoard } from './weekly-board';

const zeroes = (): Record<ConversionStage, number> => ({
  arrived: 0,
  helped: 0,
  started: 0,
  ordered: 0,
  coupon_used: 0,
});

/**
 * A sharer's progress at a glance: friends by stage (credits under review or still in their
 * refund hold shown apart), recent invitees, level from experience, and weekly rank.
 */
export async function inviteProgress(
  input: { campaignId?: string },
  caller: Caller,
  { store, clock }: Deps,
): Promise<InviteProgressResult> {
  const now = clock();
  const campaign = input.campaignId ? await findCampaign(store, input.campaignId) : null;
  const status = creditStatusSql('c', '$3');
  const [byStage, recent, experience] = await Promise.all([
    store.query<{ stage: ConversionStage; status: CreditStatus; n: number }>(
      `select c.stage, ${status} as status, count(*)::int as n
         from conversion c
        where c.sharer_openid = $1 and ($2::text is null or c.campaign_id = $2)
        group by 1, 2`,
      [caller.openid, campaign?.id ?? null, now],
    ),
    store.query<{
      invitee_openid: string;
      stage: ConversionStage;
      status: CreditStatus;
      created_at: Date;
    }>(
      `select c.invitee_openid, c.stage, ${status} as status, c.created_at
         from conversion c
        where c.sharer_openid = $1 and ($2::text is null or c.campaign_id = $2)
        order by c.created_at desc, c.id desc limit 10`,
      [caller.openid, campaign?.id ?? null, now],
    ),
    sharerExperience(store, { sharers: [caller.openid], campaignId: campaign?.id ?? null }, now),
  ]);
  const counted = zeroes();
  const pending = zeroes();
  for (const row of byStage) {
    if (row.status === 'counted') counted[row.stage] += row.n;
    else if (row.status === 'pending') pending[row.stage] += row.n;
  }
  const { xp, pendingXp } = experience.get(caller.openid) ?? NO_EXPERIENCE;
  const levels = campaign?.config.invite.levels ?? DEFAULT_LEVELS;
  const level = levelFor(xp, levels);
  let rank: number | null = null;
  if (campaign) {
    const { ranked } = await rankedBoard(store, campaign.config, 'week', now);
    rank = ranked.find((e) => e.openid === caller.openid)?.rank ?? null;
  }
  return {
    counted,
    pending,
    recent: recent.map((r) => ({
      name: maskName(r.invitee_openid),
      avatarUrl: null,
      stage: r.stage,
      status: r.status,
      at: r.created_at.toISOString(),
    })),
    level: { ...level, pendingXp },
    perks: perksAt(levels, level.level),
    rank,
  };
}
