import type { Deps } from '../../../cloudfunctions/usecases/deps';
import { functionHandlers } from '../../../cloudfunctions/functions/registry';
import { saveCampaign } from '../../../cloudfunctions/usecases/campaign/save-campaign';
import { benchCampaignId, bigBargainCampaign } from './bench-campaigns';

export interface PreparedBargains {
  campaignId: string;
  bargainIds: string[];
  /** Starts one more bargain in the same campaign. */
  startOne(): Promise<string>;
}

/**
 * A fresh big-bargain campaign with `count` active bargains, each started through the real
 * function by an initiator of its own (one start per person is the campaign's rule).
 */
export async function prepareBargains(
  deps: Deps,
  count: number,
  tag: string,
): Promise<PreparedBargains> {
  const config = bigBargainCampaign(benchCampaignId(tag));
  await saveCampaign(deps.store, config, 'live', deps.clock());
  let initiators = 0;
  const startOne = async () => {
    initiators += 1;
    const result = await functionHandlers.bargain(
      { action: 'start', campaignId: config.id },
      { openid: `${tag}-init-${initiators}`, role: 'shopper' },
      deps,
    );
    if (!result.ok)
      throw new Error(`bargain.start failed: ${result.error.code} ${result.error.message}`);
    return (result.data as { bargain: { id: string } }).bargain.id;
  };
  const bargainIds: string[] = [];
  for (let i = 0; i < count; i += 1) bargainIds.push(await startOne());
  return { campaignId: config.id, bargainIds, startOne };
}
