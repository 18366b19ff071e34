/** `campaign.list`: the merchant's picker lists every campaign by title, the watched first. */
import { aBargainCampaign } from '../../../support/builders/campaign-config';
import { expectError, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const START = '2026-03-01T10:00:00.000+08:00';

describe.each(storeKinds())('campaign.list on %s', (kind) => {
  const h = useHarness(kind, { start: START });

  test('titles and statuses: live, paused, draft, ended; newest first within each', async () => {
    const old = await h.save({ ...aBargainCampaign(), title: '老活动' }, 'live');
    h.clock.advance(60_000);
    const ended = await h.save({ ...aBargainCampaign(), title: '结束了' }, 'ended');
    const draft = await h.save({ ...aBargainCampaign(), title: '草稿' }, 'draft');
    const paused = await h.save({ ...aBargainCampaign(), title: '暂停' }, 'paused');
    const fresh = await h.save({ ...aBargainCampaign(), title: '新活动' }, 'live');

    const { campaigns } = await h.ok('campaign', { action: 'list' }, 'merchant', 'merchant');

    const mine = new Set([old.id, ended.id, draft.id, paused.id, fresh.id]);
    expect(campaigns.filter((c: { campaignId: string }) => mine.has(c.campaignId))).toEqual([
      { campaignId: fresh.id, title: '新活动', kind: 'bargain', status: 'live' },
      { campaignId: old.id, title: '老活动', kind: 'bargain', status: 'live' },
      { campaignId: paused.id, title: '暂停', kind: 'bargain', status: 'paused' },
      { campaignId: draft.id, title: '草稿', kind: 'bargain', status: 'draft' },
      { campaignId: ended.id, title: '结束了', kind: 'bargain', status: 'ended' },
    ]);
  });

  test('a shopper may not list campaigns (drafts among them); bad input changes nothing', async () => {
    expectError(await h.call('campaign', { action: 'list' }, 'u1'), 'FORBIDDEN');
    expectError(
      await h.call('campaign', { action: 'list', extra: 1 }, 'merchant', 'merchant'),
      'INVALID_INPUT',
    );
  });
});
