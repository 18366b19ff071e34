import { campaignActions, campaignResults } from '../../contracts/campaign';
import { campaignStats } from '../../usecases/campaign/campaign-stats';
import { getCampaign } from '../../usecases/campaign/get-campaign';
import { defineAction, defineFunction } from '../define-function';

export const campaignFunction = defineFunction('campaign', {
  get: defineAction({
    input: campaignActions.get,
    output: campaignResults.get,
    run: async (input, { caller, deps }) => ({ campaign: await getCampaign(input, caller, deps) }),
  }),
  stats: defineAction({
    input: campaignActions.stats,
    output: campaignResults.stats,
    role: 'merchant',
    run: async (input, { deps }) => ({ stats: await campaignStats(input, deps) }),
  }),
});
