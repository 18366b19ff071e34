/** Rules over what a config does (its mechanics and settings). */
export type ConfigRuleId =
  | 'share-to-unlock'
  | 'reward-for-sharing'
  | 'reward-for-moments'
  | 'reward-for-opening'
  | 'random-outcome-undisclosed'
  | 'bargain-helps-undisclosed'
  | 'group-price-not-discount'
  | 'group-size-undisclosed'
  | 'group-short-outcome-undisclosed'
  | 'packet-random-undisclosed'
  | 'packet-coupons-undisclosed'
  | 'coupon-threshold-undisclosed'
  | 'multi-level-commission'
  | 'perk-lottery-for-sharing'
  | 'fcode-scarcity-mismatch'
  | 'restart-promise-unbacked'
  | 'typed-live-count'
  | 'rules-missing';

/** Rules over what a config says: every piece of copy a shopper reads. */
export type CopyRuleId =
  | 'copy-demands-sharing'
  | 'copy-share-to-unlock'
  | 'copy-likes-for-reward'
  | 'copy-reward-for-opening'
  | 'copy-pressure'
  | 'copy-cash-per-invite'
  | 'copy-multi-level'
  | 'copy-random-undisclosed'
  | 'copy-false-free'
  | 'copy-fake-scarcity'
  | 'copy-helper-reward-unbacked'
  | 'copy-count-mismatch';

export type ComplianceRuleId = ConfigRuleId | CopyRuleId;

/**
 * What a finding can name: a compliance rule, the contract a config failed to parse by, or
 * its dates as of the check (`ends-in-past`: the clock is the checker's, not the config's).
 */
export type FindingRuleId = ComplianceRuleId | 'schema' | 'ends-in-past';
