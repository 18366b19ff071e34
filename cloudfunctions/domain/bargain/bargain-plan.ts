import type { BargainSettings } from '../../contracts/campaign-config';
import { cutSchedule } from './cut-schedule';

export type BargainPlanSettings = Pick<
  BargainSettings,
  'priceFen' | 'floorFen' | 'helpsNeeded' | 'initiatorFirstCut'
>;

/** How a new bargain starts: its published cuts and the state right after the start. */
export interface BargainPlan {
  schedule: number[];
  /** The initiator's own first cut, taken at start; null when the campaign has none. */
  initiatorCutFen: number | null;
  currentFen: number;
  cutsDone: number;
}

/**
 * Friends always need exactly `helpsNeeded` helps; an initiator's first cut is one more entry
 * at the head of the schedule, so it is the largest cut and the bargain visibly moves at once.
 */
export function bargainPlan(settings: BargainPlanSettings, seed: string): BargainPlan {
  const initiatorCuts = settings.initiatorFirstCut ? 1 : 0;
  const schedule = cutSchedule({
    priceFen: settings.priceFen,
    floorFen: settings.floorFen,
    cuts: settings.helpsNeeded + initiatorCuts,
    seed,
  });
  const initiatorCutFen = settings.initiatorFirstCut ? (schedule[0] ?? null) : null;
  return {
    schedule,
    initiatorCutFen,
    currentFen: settings.priceFen - (initiatorCutFen ?? 0),
    cutsDone: initiatorCuts,
  };
}
