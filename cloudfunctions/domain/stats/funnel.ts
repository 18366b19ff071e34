import { ratio } from './ratio';

/** A campaign's raw counts, each from one query over its period. */
export interface FunnelCounts {
  /** Distinct people who opened a campaign page. */
  visitors: number;
  /** Distinct people whose first visit to the campaign fell in the period. */
  newPeople: number;
  /** Bargains and assists started. */
  starts: number;
  /** Valid helps given: several per start, so this step may exceed the one before. */
  helps: number;
  /** Bargains and assists that reached their goal. */
  completions: number;
  rewardsIssued: number;
  redeemed: number;
  orders: number;
}

export type FunnelStage = keyof FunnelCounts;

/** The order the funnel reads in, from first contact to money. */
export const FUNNEL_STAGES: readonly FunnelStage[] = [
  'visitors',
  'newPeople',
  'starts',
  'helps',
  'completions',
  'rewardsIssued',
  'redeemed',
  'orders',
];

export interface FunnelStep {
  stage: FunnelStage;
  count: number;
  /**
   * This count over the previous stage's: 0 when the previous is 0 (never NaN or Infinity),
   * null for the first stage, which has nothing before it. Not capped at 1, because helps
   * and orders count actions, not people.
   */
  conversion: number | null;
}

export function computeFunnel(counts: FunnelCounts): FunnelStep[] {
  return FUNNEL_STAGES.map((stage, i) => {
    const before = FUNNEL_STAGES[i - 1];
    const conversion = before === undefined ? null : ratio(counts[stage], counts[before]);
    return { stage, count: counts[stage], conversion };
  });
}
