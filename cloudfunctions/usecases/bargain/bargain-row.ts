import type { Sql } from '../../store/store';
import { findHelpTarget, type HelpTargetRow } from '../help/help-target-row';

export interface BargainRow extends HelpTargetRow {
  price_fen: number;
  floor_fen: number;
  current_fen: number;
  schedule: number[];
  cuts_done: number;
}

export const BARGAIN_COLUMNS = `id, campaign_id, initiator_openid, status, price_fen, floor_fen, current_fen,
  helps_needed, helps_done, schedule, cuts_done, started_at, ends_at, completed_at, reward_coupon_id`;

export function findBargain(sql: Sql, bargainId: string): Promise<BargainRow> {
  return findHelpTarget<BargainRow>(sql, 'bargain', BARGAIN_COLUMNS, bargainId);
}
