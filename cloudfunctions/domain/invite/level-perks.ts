import type { LevelPerk } from '../../contracts/campaign-config';

export interface PerkLevel {
  level: number;
  perks?: readonly LevelPerk[];
}

export interface LevelPerks {
  /** What the sharer's level gives them now. */
  unlocked: LevelPerk[];
  /** What the next level would add, or change; empty at the top. */
  next: LevelPerk[];
}

/**
 * A level keeps what the levels below it unlocked; where two levels give the same kind of perk,
 * the higher level's replaces the lower's (a bigger pool, not two pools). Deterministic: the
 * same level always has the same perks, shown before anyone earns them.
 */
export function perksAt(levels: readonly PerkLevel[], level: number): LevelPerks {
  const byKind = new Map<LevelPerk['kind'], LevelPerk>();
  for (const l of levels) {
    if (l.level > level) break;
    for (const perk of l.perks ?? []) byKind.set(perk.kind, perk);
  }
  const next = levels.find((l) => l.level > level);
  return { unlocked: [...byKind.values()], next: [...(next?.perks ?? [])] };
}

/** The extra friend coupons a poster at `level` gets on each circle post. */
export function circlePoolBonus(levels: readonly PerkLevel[], level: number): number {
  const perk = perksAt(levels, level).unlocked.find((p) => p.kind === 'circle-pool-bonus');
  return perk?.kind === 'circle-pool-bonus' ? perk.extraCoupons : 0;
}
