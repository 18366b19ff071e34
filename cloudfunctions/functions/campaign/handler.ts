import { campaignActions, campaignResults } from '../../contracts/campaign';
import { noticeActions, noticeResults } from '../../contracts/notice';
import { campaignStats } from '../../usecases/campaign/campaign-stats';
import { getCampaign } from '../../usecases/campaign/get-campaign';
import { listCampaigns } from '../../usecases/campaign/list-campaigns';
import { loadCampaign, moveCampaign, publishCampaign } from '../../usecases/campaign/load-campaign';
import { listNotices } from '../../usecases/notice/list-notices';
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
  list: defineAction({
    input: campaignActions.list,
    output: campaignResults.list,
    role: 'merchant',
    run: async (_input, { deps }) => ({ campaigns: await listCampaigns(deps) }),
  }),
  /** What WeChat told the mini-program (violation warnings and punishments), newest first. */
  notices: defineAction({
    input: noticeActions.notices,
    output: noticeResults.notices,
    role: 'merchant',
    run: async (input, { deps }) => ({ notices: await listNotices(input, deps) }),
  }),
  save: defineAction({
    input: campaignActions.save,
    output: campaignResults.save,
    role: 'merchant',
    run: (input, { deps }) => loadCampaign(input, deps),
  }),
  publish: defineAction({
    input: campaignActions.publish,
    output: campaignResults.publish,
    role: 'merchant',
    run: (input, { deps }) => publishCampaign(input, deps),
  }),
  pause: defineAction({
    input: campaignActions.pause,
    output: campaignResults.pause,
    role: 'merchant',
    run: async (input, { deps }) => ({
      campaignId: input.campaignId,
      status: await moveCampaign(input.campaignId, 'pause', deps),
    }),
  }),
  resume: defineAction({
    input: campaignActions.resume,
    output: campaignResults.resume,
    role: 'merchant',
    run: async (input, { deps }) => ({
      campaignId: input.campaignId,
      status: await moveCampaign(input.campaignId, 'resume', deps),
    }),
  }),
  end: defineAction({
    input: campaignActions.end,
    output: campaignResults.end,
    role: 'merchant',
    run: async (input, { deps }) => ({
      campaignId: input.campaignId,
      status: await moveCampaign(input.campaignId, 'end', deps),
    }),
  }),
});
