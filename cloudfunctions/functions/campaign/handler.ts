import { campaignContract } from '../../contracts/campaign';
import { campaignStats } from '../../usecases/campaign/campaign-stats';
import { getCampaign } from '../../usecases/campaign/get-campaign';
import { listCampaigns } from '../../usecases/campaign/list-campaigns';
import { loadCampaign, moveCampaign, publishCampaign } from '../../usecases/campaign/load-campaign';
import { listNotices } from '../../usecases/notice/list-notices';
import { defineFunction } from '../define-function';

export const campaignFunction = defineFunction(campaignContract, {
  get: async (input, { caller, deps }) => ({ campaign: await getCampaign(input, caller, deps) }),
  stats: async (input, { deps }) => ({ stats: await campaignStats(input, deps) }),
  list: async (_input, { deps }) => ({ campaigns: await listCampaigns(deps) }),
  /** What WeChat told the mini-program (violation warnings and punishments), newest first. */
  notices: async (input, { deps }) => ({ notices: await listNotices(input, deps) }),
  save: (input, { deps }) => loadCampaign(input, deps),
  publish: (input, { deps }) => publishCampaign(input, deps),
  pause: async (input, { deps }) => ({
    campaignId: input.campaignId,
    status: await moveCampaign(input.campaignId, 'pause', deps),
  }),
  resume: async (input, { deps }) => ({
    campaignId: input.campaignId,
    status: await moveCampaign(input.campaignId, 'resume', deps),
  }),
  end: async (input, { deps }) => ({
    campaignId: input.campaignId,
    status: await moveCampaign(input.campaignId, 'end', deps),
  }),
});
