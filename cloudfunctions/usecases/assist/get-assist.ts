import type { AssistGetResult, AssistMineResult } from '../../contracts/assist';
import type { Caller, Deps } from '../deps';
import { getHelpTarget, listMyHelpTargets } from '../help/read-help-target';
import { ASSIST_START } from './start-assist';

export async function getAssist(
  input: { assistId: string },
  caller: Caller,
  deps: Deps,
): Promise<AssistGetResult> {
  return { assist: await getHelpTarget(ASSIST_START, input.assistId, caller, deps) };
}

/** The caller's own assists, newest first. */
export async function listMyAssists(
  input: { campaignId?: string },
  caller: Caller,
  deps: Deps,
): Promise<AssistMineResult> {
  return { assists: await listMyHelpTargets(ASSIST_START, input.campaignId, caller, deps) };
}
