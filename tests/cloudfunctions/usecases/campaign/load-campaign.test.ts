import fs from 'node:fs';
import path from 'node:path';
import { expectError, useHarness } from '../../../support/harness';
import { storeKinds } from '../../../support/stores';

const example = (name: string) =>
  JSON.parse(
    fs.readFileSync(
      path.resolve(__dirname, `../../../../cloudfunctions/demo/examples/${name}.json`),
      'utf8',
    ),
  );

describe.each(storeKinds())('a merchant loads and publishes a campaign on %s', (kind) => {
  const h = useHarness(kind);

  test('loaded as a draft: only a merchant previewing sees it; publish makes it live', async () => {
    const config = example('tea-bargain');
    const saved = await h.ok('campaign', { action: 'save', config }, 'merchant', 'merchant');
    expect(saved).toEqual({ campaignId: 'tea-bargain', status: 'draft', warnings: [] });

    expectError(
      await h.call('campaign', { action: 'get', campaignId: 'tea-bargain' }, 'shopper'),
      'NOT_FOUND',
    );
    expectError(
      await h.call(
        'campaign',
        { action: 'get', campaignId: 'tea-bargain', preview: true },
        'shopper',
      ),
      'NOT_FOUND',
    );
    const preview = await h.ok(
      'campaign',
      { action: 'get', campaignId: 'tea-bargain', preview: true },
      'merchant',
      'merchant',
    );
    expect(preview.campaign.status).toBe('draft');
    expectError(
      await h.call('bargain', { action: 'start', campaignId: 'tea-bargain' }, 'shopper'),
      'NOT_FOUND',
    );

    await h.ok(
      'campaign',
      { action: 'publish', campaignId: 'tea-bargain' },
      'merchant',
      'merchant',
    );
    const live = await h.ok('campaign', { action: 'get', campaignId: 'tea-bargain' }, 'shopper');
    expect(live.campaign.status).toBe('live');
  });

  test('a non-compliant config is refused with its reasons, and nothing is saved', async () => {
    const config = { ...example('bakery-coupon'), id: 'bad-bakery', title: '转发才能领取 ¥8 券' };
    const result = await h.call('campaign', { action: 'save', config }, 'merchant', 'merchant');
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'INVALID_INPUT',
        message: expect.stringContaining('title: 文案“转发才能领取 ¥8 券”'),
      },
    });
    expect(await h.store.query(`select id from campaign where id = 'bad-bakery'`)).toEqual([]);
  });

  test('only merchants may load or publish', async () => {
    expectError(
      await h.call('campaign', { action: 'save', config: example('gym-assist') }, 'shopper'),
      'FORBIDDEN',
    );
    expectError(
      await h.call('campaign', { action: 'publish', campaignId: 'tea-bargain' }, 'shopper'),
      'FORBIDDEN',
    );
  });
});
