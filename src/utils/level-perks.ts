import type { LevelPerk } from '../../cloudfunctions/contracts/campaign-config';

/** A perk as the sharer reads it: what it gives, with its quota where it has one. */
export function perkWords(perk: LevelPerk): string {
  switch (perk.kind) {
    case 'circle-pool-bonus':
      return `每条推荐多 ${perk.extraCoupons} 张好友券`;
    case 'fcode-early-access':
      return `F码新批次提前 ${perk.hours} 小时可见`;
    case 'monthly-sample':
      return `每月 1 份${perk.sample}试用，每月限 ${perk.quota} 份，先到先得`;
    case 'draw':
      // The checker refuses such a config; a page never shows it as a perk.
      return '';
  }
}
