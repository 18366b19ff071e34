import { funnelStageSchema, type FunnelStage } from '../../contracts/campaign';
import { ratio } from './ratio';

export type { FunnelStage };

/** A campaign's raw counts, each from one query over its period. */
export interface FunnelCounts extends Record<FunnelStage, number> {
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

/** The order the funnel reads in, from first contact to money (the contract's stages). */
export const FUNNEL_STAGES: readonly FunnelStage[] = funnelStageSchema.options;

/**
 * The stage each stage is a part of, where it truly is one: a new person is a visitor, a
 * completion is a start that reached its goal, a redeemed coupon is an issued one. The other
 * stages count different things (helps per start, coupons also claimed or from packets,
 * orders with or without a coupon), so a ratio between them reads as a conversion that is not
 * one (「较上一步 325 %」): they get none.
 */
export const FUNNEL_PARENT: Readonly<Partial<Record<FunnelStage, FunnelStage>>> = {
  newPeople: 'visitors',
  completions: 'starts',
  redeemed: 'rewardsIssued',
};

export interface FunnelStep {
  stage: FunnelStage;
  count: number;
  /**
   * This count over the stage it is a subset of (`of`, see FUNNEL_PARENT): 0 when that is 0
   * (never NaN or Infinity); null for a stage that is no subset of an earlier one.
   */
  conversion: { of: FunnelStage; ratio: number } | null;
}

export function computeFunnel(counts: FunnelCounts): FunnelStep[] {
  return FUNNEL_STAGES.map((stage) => {
    const of = FUNNEL_PARENT[stage];
    const conversion = of === undefined ? null : { of, ratio: ratio(counts[stage], counts[of]) };
    return { stage, count: counts[stage], conversion };
  });
}
