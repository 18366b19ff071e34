// src/services/stats.ts: the events the page sends and what it gets back (weapp transport).
import Taro from '@tarojs/taro';
import { campaignStats, reviewCredits, wechatNotices } from '../../../../src/services/stats';
import { aCampaignStats, aWechatNotice } from './stats-builders';

const cloudCall = Taro.cloud.callFunction as unknown as jest.Mock;

beforeEach(() => {
  process.env.TARO_ENV = 'weapp';
});

describe('services/stats', () => {
  test('campaignStats asks campaign.stats and hands back the stats themselves', async () => {
    const stats = aCampaignStats();
    cloudCall.mockResolvedValue({ result: { ok: true, data: { stats } } });

    await expect(campaignStats('demo-bargain')).resolves.toEqual({ ok: true, data: stats });
    expect(cloudCall).toHaveBeenCalledWith({
      name: 'campaign',
      data: { action: 'stats', campaignId: 'demo-bargain' },
    });
  });

  test('campaignStats passes a refusal through unchanged', async () => {
    const error = { code: 'FORBIDDEN', message: 'merchants only' };
    cloudCall.mockResolvedValue({ result: { ok: false, error } });

    await expect(campaignStats('demo-bargain')).resolves.toEqual({ ok: false, error });
  });

  test('reviewCredits sends invite.review with the ids and the decision', async () => {
    cloudCall.mockResolvedValue({ result: { ok: true, data: { reviewed: 2 } } });

    await expect(
      reviewCredits('demo-bargain', ['cnv_000000000000000a', 'cnv_000000000000000b'], 'reject'),
    ).resolves.toEqual({ ok: true, data: { reviewed: 2 } });
    expect(cloudCall).toHaveBeenCalledWith({
      name: 'invite',
      data: {
        action: 'review',
        campaignId: 'demo-bargain',
        creditIds: ['cnv_000000000000000a', 'cnv_000000000000000b'],
        decision: 'reject',
      },
    });
  });

  test('wechatNotices asks campaign.notices and hands back the list', async () => {
    const notices = [aWechatNotice()];
    cloudCall.mockResolvedValue({ result: { ok: true, data: { notices } } });

    await expect(wechatNotices()).resolves.toEqual({ ok: true, data: notices });
    expect(cloudCall).toHaveBeenCalledWith({ name: 'campaign', data: { action: 'notices' } });
  });
});
