import { campaignActions, campaignResults } from '../../contracts/campaign';
import { getCampaign } from '../../usecases/campaign/get-campaign';
import { defineAction, defineFunction } from '../define-function';

export const campaignFunction = defineFunction('campaign', {
  get: defineAction({
    input: campaignActions.get,
    output: campaignResults.get,
    run: async (input, { caller, deps }) => ({ campaign: await getCampaign(input, caller, deps) }),
  }),
});
