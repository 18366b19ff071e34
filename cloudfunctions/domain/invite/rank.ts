export interface LeaderboardEntry {
  openid: string;
  xp: number;
  /** When the sharer first earned experience in the period: the earlier, the higher listed. */
  firstAt: Date;
}

export interface RankedEntry extends LeaderboardEntry {
  rank: number;
}

/**
 * A leaderboard. Ranks follow experience alone, in competition style ("1, 2, 2, 4"): equal
 * experience shares a rank and the ranks after a tie skip, so a rank always says how many
 * sharers did strictly better. Within a tie, who got going first is listed first, then openid,
 * so the order never flickers between reads. Ranks are computed over everyone before the cut to
 * `topN`, which is a count of rows: a tie straddling the cut is cut.
 */
export function rankEntries(
  entries: readonly LeaderboardEntry[],
  topN: number = Infinity,
): RankedEntry[] {
  const sorted = [...entries].sort(
    (a, b) =>
      b.xp - a.xp ||
      a.firstAt.getTime() - b.firstAt.getTime() ||
      (a.openid < b.openid ? -1 : a.openid > b.openid ? 1 : 0),
  );
  const ranked: RankedEntry[] = [];
  sorted.forEach((entry, i) => {
    const previous = ranked[i - 1];
    const rank = previous !== undefined && previous.xp === entry.xp ? previous.rank : i + 1;
    ranked.push({ ...entry, rank });
  });
  return ranked.slice(0, topN);
}

/**
 * A sharer's rank on a ranked board, or null when they are not on it. For "your rank" beyond
 * the top N, rank the whole board (`topN` left out) and look the sharer up there.
 */
export function rankOf(openid: string, ranked: readonly RankedEntry[]): number | null {
  return ranked.find((entry) => entry.openid === openid)?.rank ?? null;
}
