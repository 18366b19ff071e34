import { AppError } from '../../contracts/errors';
import type { Sql } from '../../store/store';

export interface BargainRow {
  id: string;
  campaign_id: string;
  initiator_openid: string;
  status: 'active' | 'completed' | 'expired';
  price_fen: number;
  floor_fen: number;
  current_fen: number;
  helps_needed: number;
  helps_done: number;
  schedule: number[];
  cuts_done: number;
  started_at: Date;
  ends_at: Date;
  completed_at: Date | null;
  reward_coupon_id: string | null;
}

export const BARGAIN_COLUMNS = `id, campaign_id, initiator_openid, status, price_fen, floor_fen, current_fen,
  helps_needed, helps_done, schedule, cuts_done, started_at, ends_at, completed_at, reward_coupon_id`;

/**
 * The bargain, locked: the row that orders every help of this bargain, so helps apply one at a
 * time and each reads the price the previous one left.
 */
export async function lockBargain(tx: Sql, bargainId: string): Promise<BargainRow> {
  const [row] = await tx.query<BargainRow>(
    `select ${BARGAIN_COLUMNS} from bargain where id = $1 for update`,
    [bargainId],
  );
  if (!row) throw new AppError('NOT_FOUND', `no bargain "${bargainId}"`);
  return row;
}

export async function findBargain(sql: Sql, bargainId: string): Promise<BargainRow> {
  const [row] = await sql.query<BargainRow>(
    `select ${BARGAIN_COLUMNS} from bargain where id = $1`,
    [bargainId],
  );
  if (!row) throw new AppError('NOT_FOUND', `no bargain "${bargainId}"`);
  return row;
}
