import type { AssistSettings } from '../../contracts/campaign-config';
import type { AssistView } from '../../contracts/assist';
import { assistStatusAt } from '../../domain/assist/assist-status-at';
import { helpRefusal } from '../../domain/shared/help-refusal';
import { maskName } from '../../domain/shared/mask-name';
import type { Caller } from '../../functions/caller';
import type { Sql } from '../../store/store';
import { COUPON_COLUMNS, toCouponView, type CouponRow } from '../coupon/coupon-row';
import { helperFacts } from '../help/help-facts';
import type { AssistRow } from './assist-row';

export async function assistView(
  sql: Sql,
  row: AssistRow,
  settings: AssistSettings,
  viewer: Caller,
  now: Date,
): Promise<AssistView> {
  const isInitiator = viewer.openid === row.initiator_openid;
  const [helpers, facts, rewards] = await Promise.all([
    sql.query<{ helper_openid: string; helped_at: Date }>(
      'select helper_openid, helped_at from assist_help where assist_id = $1 order by seq',
      [row.id],
    ),
    helperFacts(sql, 'assist', row.id, row.campaign_id, viewer.openid, now),
    isInitiator && row.reward_coupon_id
      ? sql.query<CouponRow>(`select ${COUPON_COLUMNS} from coupon where id = $1`, [
          row.reward_coupon_id,
        ])
      : Promise.resolve([]),
  ]);
  const target = {
    initiatorOpenid: row.initiator_openid,
    status: row.status,
    endsAt: row.ends_at,
    helpsDone: row.helps_done,
    helpsNeeded: row.helps_needed,
  };
  const refusal = helpRefusal(target, facts, settings, now);
  const reward = rewards[0];
  return {
    id: row.id,
    campaignId: row.campaign_id,
    status: assistStatusAt(target, now),
    helpsNeeded: row.helps_needed,
    helpsDone: row.helps_done,
    startedAt: row.started_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    completedAt: row.completed_at ? row.completed_at.toISOString() : null,
    initiatorName: isInitiator ? '我' : maskName(row.initiator_openid),
    helpers: helpers.map((h) => ({
      name: h.helper_openid === viewer.openid ? '我' : maskName(h.helper_openid),
      avatarUrl: null,
      helpedAt: h.helped_at.toISOString(),
    })),
    viewer: {
      isInitiator,
      hasHelped: facts.alreadyHelped,
      canHelp: refusal === null,
      helpRefusal: refusal?.code ?? null,
    },
    reward: reward ? toCouponView(reward, now) : null,
    serverNow: now.toISOString(),
  };
}
