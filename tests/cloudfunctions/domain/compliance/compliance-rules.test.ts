import fs from 'node:fs';
import path from 'node:path';
import {
  campaignConfigSchema,
  type CampaignConfigInput,
} from '../../../../cloudfunctions/contracts/campaign-config';
import { checkCampaign } from '../../../../cloudfunctions/domain/compliance/check-campaign';
import {
  CONFIG_RULES,
  checkCompliance,
  type ComplianceRuleId,
} from '../../../../cloudfunctions/domain/compliance/compliance-rules';
import { COPY_RULES } from '../../../../cloudfunctions/domain/compliance/copy/copy-rules';
import { formatPath } from '../../../../cloudfunctions/domain/compliance/finding';
import { demoCampaigns } from '../../../../cloudfunctions/demo';

const bargainSettings = { priceFen: 9900, floorFen: 100, helpsNeeded: 10, durationHours: 24 };

/** A compliant bargain config; each case changes only what its rule is about. */
function bargain(overrides: Record<string, unknown> = {}): CampaignConfigInput {
  return {
    id: 'cup-bargain',
    kind: 'bargain',
    title: '好友帮砍保温杯',
    rules: ['邀请 10 位好友帮砍，砍到 ¥1 即可购买。'],
    product: { id: 'cup', name: '保温杯', priceFen: 9900 },
    bargain: { priceFen: 9900, floorFen: 100, helpsNeeded: 10, durationHours: 24 },
    ...overrides,
  } as CampaignConfigInput;
}

const welcomeCoupon = {
  id: 'welcome',
  title: '¥10 券',
  valueFen: 1000,
  validity: { kind: 'days', days: 7 },
  budget: 100,
  claimable: true,
};

const coupon = (overrides: Record<string, unknown> = {}): CampaignConfigInput =>
  ({
    id: 'welcome',
    kind: 'coupon',
    title: '新人券',
    rules: ['每人限领一张。'],
    claimTemplateId: 'welcome',
    coupons: [
      {
        id: 'welcome',
        title: '¥10 券',
        valueFen: 1000,
        validity: { kind: 'days', days: 7 },
        budget: 100,
        claimable: true,
      },
    ],
    ...overrides,
  }) as CampaignConfigInput;

/** A compliant F码 campaign: a first batch of 30 for seed holders, a second of 50 to come. */
const fcode = (overrides: Record<string, unknown> = {}): CampaignConfigInput =>
  ({
    id: 'cup-fcode',
    kind: 'fcode',
    title: '限量F码，朋友传给朋友',
    rules: ['第一批共 30 个F码，第二批 50 个另行公布；每人每批最多 1 个。'],
    product: { id: 'cup', name: '钛杯', priceFen: 39900 },
    fcode: {
      grant: { kind: 'price', priceFen: 19900 },
      validUntil: '2030-12-31T23:59:59+08:00',
      batches: [
        { size: 30, to: 'holders' },
        { size: 50, to: 'waitlist', releaseAt: '2030-06-01T10:00:00+08:00' },
      ],
      codesPerSeed: 3,
    },
    ...overrides,
  }) as CampaignConfigInput;

/** A compliant group buy with a fission-coupon packet. */
const group = (overrides: Record<string, unknown> = {}): CampaignConfigInput =>
  ({
    id: 'tea-group',
    kind: 'group',
    title: '3 人拼龙井',
    rules: [
      '3 人成团，每人 ¥69。',
      '到期未满员拼团失败，款项原路退回。',
      '成团后可分享好友券 5 张（¥10、¥5、¥5、¥3、¥2），先到先得。',
    ],
    product: { id: 'tea', name: '龙井', priceFen: 12800 },
    group: { groupPriceFen: 6900, size: 3, durationHours: 24 },
    packet: { title: '好友券', amounts: { kind: 'list', amountsFen: [1000, 500, 500, 300, 200] } },
    ...overrides,
  }) as CampaignConfigInput;

const rulesTripped = (input: CampaignConfigInput) =>
  checkCompliance(campaignConfigSchema.parse(input)).map((f) => f.ruleId);

const CASES: { rule: ComplianceRuleId; trips: CampaignConfigInput; passes: CampaignConfigInput }[] =
  [
    {
      rule: 'share-to-unlock',
      trips: bargain({ mechanics: { unlocks: [{ content: '隐藏款', by: 'share' }] } }),
      passes: bargain({ mechanics: { unlocks: [{ content: '隐藏款', by: 'purchase' }] } }),
    },
    {
      rule: 'reward-for-sharing',
      trips: bargain({ mechanics: { rewards: [{ trigger: 'share', reward: '¥5 券' }] } }),
      passes: bargain({ mechanics: { rewards: [{ trigger: 'friend-help', reward: '¥5 券' }] } }),
    },
    {
      rule: 'reward-for-moments',
      trips: bargain({ mechanics: { rewards: [{ trigger: 'moments-share', reward: '积分' }] } }),
      passes: bargain({ mechanics: { rewards: [{ trigger: 'own-purchase', reward: '积分' }] } }),
    },
    {
      rule: 'reward-for-opening',
      trips: bargain({ mechanics: { rewards: [{ trigger: 'friend-open', reward: '¥1 券' }] } }),
      passes: bargain({
        mechanics: { rewards: [{ trigger: 'friend-purchase', reward: '¥1 券' }] },
      }),
    },
    {
      rule: 'random-outcome-undisclosed',
      trips: bargain({
        mechanics: { randomOutcome: { description: '每刀随机金额', disclosed: false } },
      }),
      passes: bargain({
        mechanics: {
          randomOutcome: { description: '抽奖：一等奖 1%，二等奖 10%', disclosed: true },
        },
      }),
    },
    {
      rule: 'bargain-helps-undisclosed',
      trips: bargain({ rules: ['邀请好友帮砍，砍到底价即可购买。'] }),
      passes: bargain(),
    },
    {
      rule: 'copy-demands-sharing',
      trips: bargain({ share: { title: '轉發到三個群，保温杯白送' } }),
      passes: bargain({ share: { title: '帮我砍一刀，保温杯 ¥1 拿' } }),
    },
    {
      rule: 'copy-share-to-unlock',
      trips: bargain({ summary: '转发到群里才能看到底价' }),
      passes: bargain({ summary: '好友助力后即可看到底价' }),
    },
    {
      rule: 'copy-likes-for-reward',
      trips: bargain({ rules: ['邀请 10 位好友帮砍。', '朋友圈集满 30 个赞再送杯套'] }),
      passes: bargain({ rules: ['邀请 10 位好友帮砍。', '无需集赞，砍成即送杯套'] }),
    },
    {
      rule: 'copy-reward-for-opening',
      trips: bargain({ summary: '好友点开链接，你就得 1 元' }),
      passes: bargain({ summary: '好友点开链接即可帮你砍一刀' }),
    },
    {
      rule: 'copy-pressure',
      trips: bargain({ share: { title: '不帮我砍就绝交！' } }),
      passes: bargain({ share: { title: '帮我砍一刀，谢谢啦' } }),
    },
    {
      rule: 'copy-cash-per-invite',
      trips: bargain({ summary: '每邀请 1 位好友返现 5 元' }),
      passes: bargain({ summary: '邀请好友帮砍，不返现' }),
    },
    {
      rule: 'copy-multi-level',
      trips: bargain({ summary: '下级下单你也拿提成' }),
      passes: bargain({ summary: '三级保温认证' }),
    },
    {
      rule: 'copy-random-undisclosed',
      trips: bargain({ summary: '每刀金额随机，最高可砍 ¥30' }),
      passes: bargain({ summary: '每刀随机 ¥1–¥30，10 刀砍到 ¥1' }),
    },
    {
      rule: 'copy-fake-scarcity',
      trips: bargain({ summary: '限量 100 件，手慢无' }),
      passes: bargain({ summary: '限量 100 件，手慢无', stock: 100 }),
    },
    {
      rule: 'copy-fake-scarcity',
      trips: bargain({ summary: '仅剩 3 件', stock: 500 }),
      passes: bargain({ summary: '仅剩 500 件', stock: 500 }),
    },
    {
      rule: 'fcode-scarcity-mismatch',
      trips: fcode({ summary: '第一批 300 个F码，仅剩 3 个' }),
      passes: fcode({ summary: '第一批 30 个F码，朋友传给朋友' }),
    },
    {
      rule: 'copy-false-free',
      trips: bargain({ title: '好友帮砍，保温杯免费拿' }),
      passes: bargain({
        title: '好友帮砍，保温杯免费拿',
        bargain: { priceFen: 9900, floorFen: 0, helpsNeeded: 10, durationHours: 24 },
      }),
    },
    {
      rule: 'copy-helper-reward-unbacked',
      trips: bargain({ summary: '帮砍的好友也能得 ¥3 券' }),
      passes: bargain({
        summary: '帮砍的好友也能得 ¥3 券',
        mechanics: { rewards: [{ trigger: 'friend-help', reward: '¥3 券' }] },
      }),
    },
    {
      rule: 'copy-count-mismatch',
      trips: bargain({ title: '只需 5 位好友帮砍' }),
      passes: bargain({ title: '只需 10 位好友帮砍' }),
    },
    {
      rule: 'multi-level-commission',
      trips: bargain({ mechanics: { commission: { levels: 3, ratesPercent: [10, 5, 2] } } }),
      passes: bargain({ mechanics: { commission: { levels: 1, ratesPercent: [5] } } }),
    },
    { rule: 'rules-missing', trips: coupon({ rules: [] }), passes: coupon() },
    {
      rule: 'perk-lottery-for-sharing',
      trips: coupon({
        invite: {
          levels: [
            { level: 1, name: '新手', minXp: 0 },
            { level: 2, name: '达人', minXp: 10, perks: [{ kind: 'draw', extraDraws: 3 }] },
          ],
        },
      }),
      passes: coupon({
        invite: {
          levels: [
            { level: 1, name: '新手', minXp: 0 },
            {
              level: 2,
              name: '达人',
              minXp: 10,
              perks: [{ kind: 'circle-pool-bonus', extraCoupons: 2 }],
            },
          ],
        },
      }),
    },
    {
      rule: 'group-price-not-discount',
      trips: group({ group: { groupPriceFen: 12800, size: 3, durationHours: 24 } }),
      passes: group(),
    },
    {
      rule: 'group-size-undisclosed',
      trips: group({
        rules: [
          '邀请好友一起拼。',
          '到期未满员拼团失败，款项原路退回。',
          '好友券 5 张，先到先得。',
        ],
      }),
      passes: group(),
    },
    {
      rule: 'group-short-outcome-undisclosed',
      trips: group({
        group: { groupPriceFen: 6900, size: 3, durationHours: 24, onShort: 'complete' },
      }),
      passes: group({
        rules: ['3 人成团。', '到期未满员也按已付款人数成团发货。', '好友券 5 张，先到先得。'],
        group: { groupPriceFen: 6900, size: 3, durationHours: 24, onShort: 'complete' },
      }),
    },
    {
      rule: 'packet-random-undisclosed',
      trips: group({
        packet: {
          title: '好友券',
          amounts: { kind: 'random', totalFen: 2500, count: 5, minFen: 100, disclosed: false },
        },
      }),
      passes: group({
        packet: {
          title: '好友券',
          amounts: { kind: 'random', totalFen: 2500, count: 5, minFen: 100, disclosed: true },
        },
      }),
    },
    {
      rule: 'packet-coupons-undisclosed',
      trips: group({ rules: ['3 人成团，每人 ¥69。', '到期未满员拼团失败，款项原路退回。'] }),
      passes: group(),
    },
    {
      rule: 'copy-false-free',
      trips: coupon({ summary: '0 元购，下单就送' }),
      passes: coupon({ summary: '免费领取 ¥10 券后下单' }),
    },
    {
      rule: 'group-short-outcome-undisclosed',
      trips: group({ rules: ['3 人成团，每人 ¥69。', '好友券 5 张，先到先得。'] }),
      passes: group({
        rules: ['3 人成团，每人 ¥69。', '未成团自动退款。', '好友券 5 张，先到先得。'],
      }),
    },
    {
      rule: 'typed-live-count',
      trips: bargain({ summary: '仅剩 12 件，先到先得', stock: 12 }),
      passes: bargain({ summary: '限量 12 件，先到先得', stock: 12 }),
    },
    {
      rule: 'restart-promise-unbacked',
      trips: bargain({
        rules: ['邀请 10 位好友帮砍，超时未完成可重新发起。'],
        bargain: { ...bargainSettings, restartAfterExpiry: false },
      }),
      passes: bargain({ rules: ['邀请 10 位好友帮砍，超时未完成可重新发起。'] }),
    },
    {
      rule: 'coupon-threshold-undisclosed',
      // 满 ¥50 减 ¥10 sold as "¥10 券" reads as a coupon for any order.
      trips: coupon({ coupons: [{ ...welcomeCoupon, minSpendFen: 5000 }] }),
      passes: coupon({
        coupons: [{ ...welcomeCoupon, minSpendFen: 5000 }],
        rules: ['每人限领一张，满５０元可用。'],
      }),
    },
    {
      rule: 'bargain-helps-undisclosed',
      trips: bargain({ rules: ['活动 8月10日 开始，砍价 10 小时内有效。'] }),
      passes: bargain({ rules: ['活动 8月1日 开始，共需十位好友帮砍。'] }),
    },
  ];

describe('compliance rules', () => {
  test('every rule in both registries has a tripping and a passing case here', () => {
    expect([...new Set(CASES.map((c) => c.rule))].sort()).toEqual(
      [...Object.keys(CONFIG_RULES), ...Object.keys(COPY_RULES)].sort(),
    );
  });

  test('the README lists every rule', () => {
    const readme = fs.readFileSync(path.resolve(__dirname, '../../../../README.md'), 'utf8');
    for (const id of [...Object.keys(CONFIG_RULES), ...Object.keys(COPY_RULES)]) {
      expect(readme).toContain(`\`${id}\``);
    }
  });

  test.each(CASES)(
    '$rule: trips on the bad config, not on the good one',
    ({ rule, trips, passes }) => {
      expect(rulesTripped(trips)).toContain(rule);
      expect(rulesTripped(passes)).not.toContain(rule);
    },
  );

  test('a finding carries its path, a plain reason and its source', () => {
    const [finding] = checkCompliance(
      campaignConfigSchema.parse(
        bargain({ mechanics: { rewards: [{ trigger: 'share', reward: '¥5 券' }] } }),
      ),
    );
    expect(finding).toEqual({
      ruleId: 'reward-for-sharing',
      severity: 'error',
      path: ['mechanics', 'rewards', 0, 'trigger'],
      message: expect.stringContaining('奖励只能给做了实事的人'),
      source: expect.stringContaining('利诱分享'),
      rewrite: expect.stringContaining('friend-help'),
    });
    expect(formatPath(finding!.path)).toBe('mechanics.rewards[0].trigger');
  });

  test('a copy finding quotes the merchant’s own characters and suggests a rewrite', () => {
    const findings = checkCompliance(
      campaignConfigSchema.parse(bargain({ share: { title: '👉轉發 到 ３個群，就送杯套' } })),
    );
    expect(findings).toEqual([
      {
        ruleId: 'copy-demands-sharing',
        severity: 'error',
        path: ['share', 'title'],
        quote: '轉發 到 ３個群，就送',
        message: expect.stringContaining('“轉發 到 ３個群，就送”'),
        source: expect.stringContaining('利诱分享'),
        rewrite: expect.stringContaining('删去分享要求'),
      },
    ]);
  });

  test.each([
    {
      label: 'a restart promised in the rules while lapsed starts count and one is allowed',
      config: { restartAfterExpiry: false },
      rules: ['砍价有效期 24 小时，超时未完成可重新发起。'],
      trips: true,
    },
    {
      label: 'the same promise in the share title',
      config: { restartAfterExpiry: false },
      rules: ['邀请 10 位好友帮砍。'],
      share: { title: '没砍完还能再次发起' },
      trips: true,
    },
    {
      label: 'rules that say there is no restart',
      config: { restartAfterExpiry: false },
      rules: ['邀请 10 位好友帮砍，超时未完成不可重新发起。'],
      trips: false,
    },
    {
      label: 'a second start left by the limit',
      config: { restartAfterExpiry: false, maxStartsPerUser: 2 },
      rules: ['邀请 10 位好友帮砍，超时未完成可重新发起一次。'],
      trips: false,
    },
  ])('restart-promise-unbacked: $label', ({ config, rules, share, trips }) => {
    const tripped = rulesTripped(
      bargain({ rules, bargain: { ...bargainSettings, ...config }, ...(share ? { share } : {}) }),
    );
    expect(tripped.includes('restart-promise-unbacked')).toBe(trips);
  });

  test.each([
    {
      label: '已售 in a proof number',
      numbers: [{ label: '已售', value: '3.2 万件' }],
      trips: true,
    },
    { label: '库存 in a proof number', numbers: [{ label: '库存', value: '500 份' }], trips: true },
    { label: '已有 N 人参与', numbers: [{ label: '已参与', value: '1200 人' }], trips: true },
    { label: 'a product fact', numbers: [{ label: '保温时长', value: '12 小时' }], trips: false },
  ])('typed-live-count: $label', ({ numbers, trips }) => {
    const tripped = rulesTripped(bargain({ landing: { sections: [{ type: 'proof', numbers }] } }));
    expect(tripped.includes('typed-live-count')).toBe(trips);
  });

  test.each([
    { summary: '仅剩 3 张，手慢无', trips: true },
    { summary: '还剩三件', trips: true },
    { summary: '剩余 5 个名额', trips: true },
    { summary: '活动仅剩 2 小时', trips: false },
    { summary: '最后 1 位好友助力即可完成', trips: false },
  ])('typed-live-count in copy: $summary', ({ summary, trips }) => {
    expect(rulesTripped(bargain({ summary })).includes('typed-live-count')).toBe(trips);
  });

  test('restart-promise-unbacked quotes the promise and names the setting', () => {
    const findings = checkCompliance(
      campaignConfigSchema.parse(
        bargain({
          rules: ['邀请 10 位好友帮砍，超时未完成可重新发起。'],
          bargain: { ...bargainSettings, restartAfterExpiry: false },
        }),
      ),
    );
    expect(findings).toEqual([
      expect.objectContaining({
        ruleId: 'restart-promise-unbacked',
        severity: 'error',
        path: ['rules', 0],
        quote: '超时未完成可重新发起',
        message: expect.stringContaining('bargain.restartAfterExpiry'),
      }),
    ]);
  });

  test('an F码 campaign’s 限量 is backed by its batches, not by stock', () => {
    expect(rulesTripped(fcode())).toEqual([]);
  });

  test('the demo campaigns are compliant', () => {
    for (const demo of demoCampaigns()) expect(checkCompliance(demo)).toEqual([]);
  });
});

describe('checkCampaign', () => {
  test('a malformed config lists every problem with its path', () => {
    const result = checkCampaign({
      ...bargain(),
      bargain: { priceFen: 100, floorFen: 200, helpsNeeded: 0, durationHours: 24 },
      extra: 1,
    });
    expect(result.ok).toBe(false);
    expect(result.config).toBeNull();
    const paths = result.findings.map((f) => formatPath(f.path));
    expect(paths).toEqual(expect.arrayContaining(['bargain.helpsNeeded']));
    expect(result.findings.every((f) => f.ruleId === 'schema' && f.severity === 'error')).toBe(
      true,
    );
  });

  test('a malformed config with forbidden copy: the contract’s problems and the copy’s, together', () => {
    const result = checkCampaign({
      ...bargain({ share: { title: '分享到3个群即可砍价' }, rules: ['不帮我砍就绝交'] }),
      bargain: { priceFen: 9900, floorFen: 100, helpsNeeded: 0, durationHours: 24 },
      mechanics: { rewards: [{ trigger: 'share', reward: '分享到3个群即可领取' }] },
    });
    expect(result.ok).toBe(false);
    expect(result.findings.map((f) => [f.ruleId, formatPath(f.path)])).toEqual([
      ['schema', 'bargain.helpsNeeded'],
      ['copy-pressure', 'rules[0]'],
      ['copy-demands-sharing', 'share.title'],
    ]);
  });

  test.each([
    { label: 'a threshold in the coupon’s own title', title: '满 ¥50 减 ¥10', rules: [] },
    { label: 'in the rules, full-width', title: '¥10 券', rules: ['满５０元减１０元'] },
    { label: 'in words', title: '¥10 券', rules: ['满五十元可用'] },
  ])('coupon-threshold-undisclosed passes $label', ({ title, rules }) => {
    const config = coupon({
      coupons: [{ ...welcomeCoupon, title, minSpendFen: 5000 }],
      rules: ['每人限领一张。', ...rules],
    });
    expect(rulesTripped(config)).not.toContain('coupon-threshold-undisclosed');
  });

  test('coupon-threshold-undisclosed: another amount is no disclosure, and a packet counts too', () => {
    const wrong = coupon({
      coupons: [{ ...welcomeCoupon, minSpendFen: 5000 }],
      rules: ['满 500 元可用'],
    });
    expect(rulesTripped(wrong)).toContain('coupon-threshold-undisclosed');
    const [finding] = checkCompliance(
      campaignConfigSchema.parse(coupon({ coupons: [{ ...welcomeCoupon, minSpendFen: 5000 }] })),
    ).filter((f) => f.ruleId === 'coupon-threshold-undisclosed');
    expect(finding).toMatchObject({
      severity: 'warning',
      path: ['coupons', 0, 'minSpendFen'],
      rewrite: '在券的标题或规则中写明：满 ¥50 可用。',
    });
  });

  test('warnings alone leave the config acceptable; one error refuses it', () => {
    expect(checkCampaign(bargain({ rules: ['邀请好友帮砍'] }))).toMatchObject({ ok: true });
    expect(checkCampaign(bargain({ title: '转发才能领取' }))).toMatchObject({ ok: false });
  });
});
