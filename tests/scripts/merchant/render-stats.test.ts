import { renderStats } from '../../../scripts/merchant/render-stats';
import type { CampaignStats } from '../../../cloudfunctions/contracts/campaign';

const stats: CampaignStats = {
  campaignId: 'demo-bargain',
  kind: 'bargain',
  title: '好友帮砍，保温杯 ¥1 带回家',
  funnel: [
    { stage: 'visitors', count: 10, conversion: null },
    { stage: 'newPeople', count: 4, conversion: { of: 'visitors', ratio: 0.4 } },
    { stage: 'helps', count: 9, conversion: null },
  ],
  viral: { participants: 4, invitesSent: 6, invitees: 4, inviteesConverted: 2, k: 0.75 },
  scenes: [
    { scene: 1007, visits: 7 },
    { scene: null, visits: 3 },
  ],
  topSharers: [{ name: 'a****', conversions: 5, xp: 12, pendingXp: 0 }],
  topSharersShare: 0.625,
  pendingCredits: [],
  refundOrderIds: ['order-7'],
};

describe('npm run stats output', () => {
  const text = renderStats(stats);

  test('names stages and scenes, and gives rates and K', () => {
    expect(text).toContain('visitors 访客');
    expect(text).toContain('40.0% of visitors');
    expect(text).toMatch(/^helps 助力\/帮砍 +9$/m);
    expect(text).toContain('K = 0.75');
    expect(text).toContain('1007 单聊分享卡片');
    expect(text).toContain('(none)');
    expect(text).toContain('62.5% of conversions');
  });

  test('lists the orders the merchant owes a refund', () => {
    expect(text).toContain('refunds owed (group failed or full): order-7');
    expect(renderStats({ ...stats, refundOrderIds: [] })).toContain('no refunds owed');
  });

  test('columns line up in a terminal, where Chinese characters are two columns wide', () => {
    const funnel = text.split('\n').filter((line) => /^(stage|visitors|newPeople) /.test(line));
    const countColumn = (line: string) => {
      const cut = line.search(/ {2}\d| {2}count/);
      return [...line.slice(0, cut)].reduce((w, ch) => w + (/[\u4e00-\u9fff]/.test(ch) ? 2 : 1), 0);
    };
    expect(new Set(funnel.map(countColumn)).size).toBe(1);
  });
});
