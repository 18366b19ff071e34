import type { BargainGetResult, BargainMineResult } from '../../contracts/bargain';
import type { Caller, Deps } from '../deps';
import { getHelpTarget, listMyHelpTargets } from '../help/read-help-target';
import { BARGAIN_START } from './start-bargain';

export async function getBargain(
  input: { bargainId: string },
  caller: Caller,
  deps: Deps,
): Promise<BargainGetResult> {
  return { bargain: await getHelpTarget(BARGAIN_START, input.bargainId, caller, deps) };
}

/** The caller's own bargains, newest first. */
export async function listMyBargains(
  input: { campaignId?: string },
  caller: Caller,
  deps: Deps,
): Promise<BargainMineResult> {
  return { bargains: await listMyHelpTargets(BARGAIN_START, input.campaignId, caller, deps) };
}
