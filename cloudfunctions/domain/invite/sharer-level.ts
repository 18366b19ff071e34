export interface SharerLevel {
  level: number;
  name: string;
  minXp: number;
}

export const DEFAULT_LEVELS: readonly SharerLevel[] = [
  { level: 1, name: '新手分享官', minXp: 0 },
  { level: 2, name: '铜牌分享官', minXp: 10 },
  { level: 3, name: '银牌分享官', minXp: 30 },
  { level: 4, name: '金牌分享官', minXp: 80 },
  { level: 5, name: '钻石分享官', minXp: 200 },
];

export interface LevelStanding {
  level: number;
  name: string;
  xp: number;
  nextLevel: SharerLevel | null;
  /** How far from this level's `minXp` to the next one's, in [0, 1); 1 at the top level. */
  progress: number;
}

/**
 * A sharer's level for their counted experience. A level is reached at its `minXp` exactly.
 * Thresholds are configuration, so a bad table is a bug and throws: everyone must have a level
 * (the first starts at 0) and every level must be strictly harder than the one before.
 */
export function levelFor(
  xp: number,
  thresholds: readonly SharerLevel[] = DEFAULT_LEVELS,
): LevelStanding {
  assertThresholds(thresholds);
  if (!Number.isFinite(xp) || xp < 0) throw new Error(`experience must be ≥ 0, got ${xp}`);
  // Thresholds ascend, so the levels reached are a prefix and the last of them is current.
  const index = thresholds.filter((t) => t.minXp <= xp).length - 1;
  const current = thresholds[index]!;
  const after = thresholds[index + 1];
  // Only the threshold itself: a configured level also carries its perks (see level-perks).
  const nextLevel = after ? { level: after.level, name: after.name, minXp: after.minXp } : null;
  const progress =
    nextLevel === null ? 1 : (xp - current.minXp) / (nextLevel.minXp - current.minXp);
  return { level: current.level, name: current.name, xp, nextLevel, progress };
}

function assertThresholds(thresholds: readonly SharerLevel[]): void {
  if (thresholds[0]?.minXp !== 0) throw new Error('the first sharer level must start at 0 xp');
  thresholds.slice(1).forEach((t, i) => {
    const previous = thresholds[i]!;
    if (t.minXp <= previous.minXp || t.level <= previous.level) {
      throw new Error(`sharer level ${t.level} must come strictly after level ${previous.level}`);
    }
  });
}
