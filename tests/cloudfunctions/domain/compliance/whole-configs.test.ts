import fs from 'node:fs';
import path from 'node:path';
import {
  campaignConfigSchema,
  type CampaignConfigInput,
} from '../../../../cloudfunctions/contracts/campaign-config';
import { checkCampaign } from '../../../../cloudfunctions/domain/compliance/check-campaign';
import { checkCompliance } from '../../../../cloudfunctions/domain/compliance/compliance-rules';
import { campaignFacts } from '../../../../cloudfunctions/domain/compliance/campaign-facts';
import { formatPath } from '../../../../cloudfunctions/domain/compliance/finding';

const root = path.resolve(__dirname, '../../../..');
const configFiles = ['cloudfunctions/demo', 'cloudfunctions/demo/examples'].flatMap((dir) =>
  fs
    .readdirSync(path.join(root, dir))
    .filter((f) => f.endsWith('.json'))
    .map((f) => path.join(dir, f)),
);

const read = (file: string) =>
  JSON.parse(fs.readFileSync(path.join(root, file), 'utf8')) as CampaignConfigInput;

describe('whole configs', () => {
  test.each(configFiles)('%s passes with no findings at all', (file) => {
    expect(checkCampaign(read(file)).findings).toEqual([]);
  });

  /** One violating phrase planted at every path a shopper reads, in turn. */
  const PLANTED = '分享到3个群即可领取';
  const demoBargain = () => read('cloudfunctions/demo/demo-bargain.json') as any;
  test.each([
    { at: 'title', plant: (c: any) => (c.title = PLANTED) },
    { at: 'summary', plant: (c: any) => (c.summary = PLANTED) },
    { at: 'rules[2]', plant: (c: any) => (c.rules[2] = PLANTED) },
    { at: 'share.title', plant: (c: any) => (c.share.title = PLANTED) },
    { at: 'product.name', plant: (c: any) => (c.product.name = PLANTED) },
    {
      at: 'landing.sections[0].headline',
      plant: (c: any) => (c.landing.sections[0].headline = PLANTED),
    },
    {
      at: 'landing.sections[0].subheadline',
      plant: (c: any) => (c.landing.sections[0].subheadline = PLANTED),
    },
    {
      at: 'landing.sections[0].ctaText',
      plant: (c: any) => (c.landing.sections[0].ctaText = PLANTED),
    },
    {
      at: 'landing.sections[1].certifications[0].name',
      plant: (c: any) => (c.landing.sections[1].certifications[0].name = PLANTED),
    },
    {
      at: 'landing.sections[1].experts[0].quote',
      plant: (c: any) => (c.landing.sections[1].experts[0].quote = PLANTED),
    },
    {
      at: 'landing.sections[1].testimonials[0].text',
      plant: (c: any) => (c.landing.sections[1].testimonials[0].text = PLANTED),
    },
    {
      at: 'landing.sections[1].numbers[1].label',
      plant: (c: any) => (c.landing.sections[1].numbers[1].label = PLANTED),
    },
    {
      at: 'landing.sections[1].numbers[1].value',
      plant: (c: any) => (c.landing.sections[1].numbers[1].value = PLANTED),
    },
    {
      at: 'landing.sections[2].ctaText',
      plant: (c: any) => (c.landing.sections[2].ctaText = PLANTED),
    },
    {
      at: 'landing.sections[2].follow.title',
      plant: (c: any) => (c.landing.sections[2].follow.title = PLANTED),
    },
    {
      at: 'coupons[0].title',
      plant: (c: any) =>
        (c.coupons = [
          {
            id: 'extra',
            title: PLANTED,
            valueFen: 100,
            validity: { kind: 'days', days: 1 },
            budget: 1,
          },
        ]),
    },
    {
      at: 'packet.title',
      plant: (c: any) =>
        (c.packet = { title: PLANTED, amounts: { kind: 'list', amountsFen: [100] } }),
    },
  ])('copy at $at is checked and named by its path', ({ at, plant }) => {
    const config = demoBargain();
    plant(config);
    const findings = checkCampaign(config).findings.filter(
      (f) => f.ruleId === 'copy-demands-sharing',
    );
    expect(findings.map((f) => formatPath(f.path))).toEqual([at]);
    expect(findings[0]!.quote).toBe('分享到3个群即可领取');
  });

  test('a random claim in the title is disclosed by the range in the rules', () => {
    const config = read('cloudfunctions/demo/demo-bargain.json') as any;
    config.title = '好友帮砍，每刀随机';
    expect(checkCampaign(config).findings.map((f) => f.ruleId)).toContain(
      'copy-random-undisclosed',
    );
    config.rules.push('每刀随机 ¥1–¥20，10 刀砍到 ¥1。');
    expect(checkCampaign(config).findings.map((f) => f.ruleId)).not.toContain(
      'copy-random-undisclosed',
    );
  });
});

describe('facts each kind supplies', () => {
  const parse = (file: string, change: (c: any) => void = () => {}) => {
    const raw = read(file) as any;
    change(raw);
    return campaignConfigSchema.parse(raw);
  };

  test('a coupon campaign’s claim budget is stock the copy may name', () => {
    const config = parse('cloudfunctions/demo/examples/bakery-coupon.json', (c) => delete c.stock);
    expect(campaignFacts(config).stock).toEqual([{ count: 300, what: expect.any(String) }]);
    const wrong = parse('cloudfunctions/demo/examples/bakery-coupon.json', (c) => {
      delete c.stock;
      c.summary = '仅剩 20 张，手慢无';
    });
    // Wrong against the budget, and typed at all: what is left is only ever counted live.
    expect(checkCompliance(wrong).map((f) => [f.ruleId, f.quote])).toEqual([
      ['typed-live-count', '仅剩 20 张'],
      ['copy-fake-scarcity', '仅剩 20'],
    ]);
  });

  test('a group’s size and the friends it needs are the counts copy must match', () => {
    const config = parse('cloudfunctions/demo/demo-group.json');
    expect(campaignFacts(config)).toMatchObject({ groupSizes: [3], friendCounts: [2] });
    const wrong = parse('cloudfunctions/demo/demo-group.json', (c) => (c.title = '5 人成团 ¥69'));
    expect(checkCompliance(wrong).map((f) => f.ruleId)).toContain('copy-count-mismatch');
  });

  test('an assist with a helper reward backs 助力的好友也得券; one without does not', () => {
    const backed = parse('cloudfunctions/demo/demo-assist.json');
    expect(campaignFacts(backed).helperReward).toBe(true);
    const unbacked = parse('cloudfunctions/demo/demo-assist.json', (c) => {
      delete c.assist.helperRewardTemplateId;
    });
    expect(checkCompliance(unbacked).map((f) => [f.ruleId, formatPath(f.path)])).toEqual(
      expect.arrayContaining([['copy-helper-reward-unbacked', 'summary']]),
    );
  });
});
