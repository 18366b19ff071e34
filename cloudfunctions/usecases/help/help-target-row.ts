import type { HelpStatus } from '../../contracts/help';
import { AppError } from '../../contracts/errors';
import type { HelpTarget } from '../../domain/help/help-refusal';
import type { Sql } from '../../store/store';
import type { HelpKind } from './help-facts';

/** The columns bargains and assists share; each kind's row adds its own. */
export interface HelpTargetRow {
  id: string;
  campaign_id: string;
  initiator_openid: string;
  status: HelpStatus;
  helps_needed: number;
  helps_done: number;
  started_at: Date;
  ends_at: Date;
  completed_at: Date | null;
  reward_coupon_id: string | null;
}

/** A help row as read from bargain_help or assist_help. */
export interface HelperRecord {
  helper_openid: string;
  helped_at: Date;
  cut_fen?: number;
}

/** The row as the help rules see it: whose it is, whether it is open, how far it got. */
export function helpTargetOf(row: HelpTargetRow): HelpTarget {
  return {
    initiatorOpenid: row.initiator_openid,
    status: row.status,
    endsAt: row.ends_at,
    helpsDone: row.helps_done,
    helpsNeeded: row.helps_needed,
  };
}

/** A kind's column list with each column qualified by `alias`. */
export function columnsAs(columns: string, alias: string): string {
  return columns
    .split(',')
    .map((c) => `${alias}.${c.trim()}`)
    .join(', ');
}

/** One bargain or assist by id, or NOT_FOUND. */
export async function findHelpTarget<R extends HelpTargetRow>(
  sql: Sql,
  kind: HelpKind,
  columns: string,
  id: string,
): Promise<R> {
  const [row] = await sql.query<R>(`select ${columns} from ${kind} where id = $1`, [id]);
  if (!row) throw new AppError('NOT_FOUND', `no ${kind} "${id}"`);
  return row;
}
