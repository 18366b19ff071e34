import type { BargainSettings } from '../../contracts/campaign-config';
import type { BargainView } from '../../contracts/bargain';
import { bargainStatusAt } from '../../domain/bargain/bargain-status-at';
import { nextCut } from '../../domain/bargain/cut-schedule';
import { helpRefusal } from '../../domain/shared/help-refusal';
import { maskName } from '../../domain/shared/mask-name';
import type { Caller } from '../../functions/caller';
import type { Sql } from '../../store/store';
import { COUPON_COLUMNS, toCouponView, type CouponRow } from '../coupon/coupon-row';
import { helperFacts } from '../help/help-facts';
import type { BargainRow } from './bargain-row';

/** The bargain as `viewer` may see it: masked helpers, the published schedule, what they may do. */
export async function bargainView(
  sql: Sql,
  row: BargainRow,
  settings: BargainSettings,
  viewer: Caller,
  now: Date,
): Promise<BargainView> {
  const isInitiator = viewer.openid === row.initiator_openid;
  const [helpers, facts, rewards] = await Promise.all([
    sql.query<{ helper_openid: string; cut_fen: number; helped_at: Date }>(
      'select helper_openid, cut_fen, helped_at from bargain_help where bargain_id = $1 order by seq',
      [row.id],
    ),
    helperFacts(sql, 'bargain', row.id, row.campaign_id, viewer.openid, now),
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
    status: bargainStatusAt(target, now),
    priceFen: row.price_fen,
    floorFen: row.floor_fen,
    currentFen: row.current_fen,
    helpsNeeded: row.helps_needed,
    helpsDone: row.helps_done,
    startedAt: row.started_at.toISOString(),
    endsAt: row.ends_at.toISOString(),
    completedAt: row.completed_at ? row.completed_at.toISOString() : null,
    schedule: row.schedule,
    initiatorCutFen: row.schedule.length > row.helps_needed ? (row.schedule[0] ?? null) : null,
    nextCutFen: nextCut(row.schedule, row.cuts_done),
    initiatorName: isInitiator ? '我' : maskName(row.initiator_openid),
    helpers: helpers.map((h) => ({
      name: h.helper_openid === viewer.openid ? '我' : maskName(h.helper_openid),
      avatarUrl: null,
      cutFen: h.cut_fen,
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
