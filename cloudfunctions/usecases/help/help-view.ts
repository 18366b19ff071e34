import type { HelpStatusView, Viewer } from '../../contracts/help';
import type { CouponView } from '../../contracts/coupon';
import { helpRefusal, type HelpLimits, type Helper } from '../../domain/help/help-refusal';
import { helpStatusAt } from '../../domain/help/help-status-at';
import { maskName } from '../../domain/shared/mask-name';
import type { Caller } from '../deps';
import type { Sql } from '../../store/store';
import { COUPON_COLUMNS, toCouponView, type CouponRow } from '../coupon/coupon-row';
import { helperFacts, type HelpKind } from './help-facts';
import { helpTargetOf, type HelperRecord, type HelpTargetRow } from './help-target-row';
import { NO_RESTART, restartOutlook, type RestartOutlook } from './restart-outlook';

/** What a view needs of the flow's settings: who may help, and who may start again. */
export type ViewLimits = HelpLimits & {
  maxStartsPerUser: number;
  durationHours: number;
  restartAfterExpiry?: boolean;
};

export interface HelpViewBase {
  id: string;
  campaignId: string;
  status: HelpStatusView;
  helpsNeeded: number;
  helpsDone: number;
  startedAt: string;
  endsAt: string;
  completedAt: string | null;
  initiatorName: string;
  viewer: Viewer;
  reward: CouponView | null;
  serverNow: string;
}

export interface HelpRow {
  name: string;
  helpedAt: string;
  /** Bargains only: the amount this help cut. */
  cutFen?: number;
}

const HELPERS_SQL: Record<HelpKind, string> = {
  bargain:
    'select helper_openid, helped_at, cut_fen from bargain_help where bargain_id = $1 order by seq',
  assist: 'select helper_openid, helped_at from assist_help where assist_id = $1 order by seq',
};

/**
 * What a bargain's and an assist's views have in common, as `viewer` may see them: masked
 * names (the viewer sees themself as 我), what they may do and why not, and the initiator's
 * reward, shown to the initiator only.
 */
export async function helpViewBase(
  sql: Sql,
  kind: HelpKind,
  row: HelpTargetRow,
  limits: ViewLimits,
  viewer: Caller,
  now: Date,
  /** The viewer's facts when the caller already knows them (right after their own help). */
  knownFacts?: Helper,
): Promise<{ base: HelpViewBase; helpers: HelpRow[] }> {
  const lapsedForInitiator =
    viewer.openid === row.initiator_openid &&
    helpStatusAt({ status: row.status, endsAt: row.ends_at }, now) === 'expired';
  const [helpers, facts, rewards, restart] = await Promise.all([
    sql.query<HelperRecord>(HELPERS_SQL[kind], [row.id]),
    knownFacts ?? helperFacts(sql, kind, row.id, row.campaign_id, viewer.openid, now),
    viewer.openid === row.initiator_openid && row.reward_coupon_id
      ? sql.query<CouponRow>(`select ${COUPON_COLUMNS} from coupon where id = $1`, [
          row.reward_coupon_id,
        ])
      : Promise.resolve([]),
    lapsedForInitiator ? restartOutlook(sql, kind, row, limits, now) : NO_RESTART,
  ]);
  return helpViewFrom(row, limits, viewer, now, facts, helpers, rewards[0] ?? null, restart);
}

/** helpViewBase from facts already read (a hot action reads them before its one write). */
export function helpViewFrom(
  row: HelpTargetRow,
  limits: HelpLimits,
  viewer: Caller,
  now: Date,
  facts: Helper,
  helpers: readonly HelperRecord[],
  reward: CouponRow | null,
  /** Only a lapsed one's initiator may start again; the hot help paths show it to helpers. */
  restart: RestartOutlook = NO_RESTART,
): { base: HelpViewBase; helpers: HelpRow[] } {
  const isInitiator = viewer.openid === row.initiator_openid;
  const nameOf = (openid: string) => (openid === viewer.openid ? '我' : maskName(openid));
  const target = helpTargetOf(row);
  const refusal = helpRefusal(target, facts, limits, now);
  return {
    base: {
      id: row.id,
      campaignId: row.campaign_id,
      status: helpStatusAt(target, now),
      helpsNeeded: row.helps_needed,
      helpsDone: row.helps_done,
      startedAt: row.started_at.toISOString(),
      endsAt: row.ends_at.toISOString(),
      completedAt: row.completed_at ? row.completed_at.toISOString() : null,
      initiatorName: nameOf(row.initiator_openid),
      viewer: {
        isInitiator,
        hasHelped: facts.alreadyHelped,
        canHelp: refusal === null,
        helpRefusal: refusal?.code ?? null,
        ...restart,
      },
      reward: isInitiator && reward ? toCouponView(reward, now) : null,
      serverNow: now.toISOString(),
    },
    helpers: helpers.map((h) => ({
      name: nameOf(h.helper_openid),
      helpedAt: h.helped_at.toISOString(),
      ...(h.cut_fen !== undefined && h.cut_fen !== null ? { cutFen: h.cut_fen } : {}),
    })),
  };
}
