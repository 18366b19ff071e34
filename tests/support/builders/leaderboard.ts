import type { LeaderboardEntry } from '../../../cloudfunctions/domain/invite/rank';
import { at } from './clock';

/** A sharer on a board; `firstAt` defaults to the start of March in China. */
export function anEntry(
  openid: string,
  xp: number,
  firstAt = '2025-03-01T00:00:00.000+08:00',
): LeaderboardEntry {
  return { openid, xp, firstAt: at(firstAt) };
}
