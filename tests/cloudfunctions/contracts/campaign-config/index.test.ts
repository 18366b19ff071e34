/**
 * The campaign config's rules for group buys and coupon packets: a config that breaks one is
 * refused at the door (save, the CLI's check) with the path of the offending value, so no
 * running campaign can promise what the engine cannot keep.
 */
import {
  campaignConfigSchema,
  packetTemplateId,
  type CampaignConfigInput,
} from '../../../../cloudfunctions/contracts/campaign-config';

/** A valid group-buy config; each case changes only what its rule is about. */
function group(
  groupSettings: Record<string, unknown> = {},
  rest: Record<string, unknown> = {},
): CampaignConfigInput {
  return {
    id: 'tea-group',
    kind: 'group',
    title: '三人拼团喝好茶',
    rules: ['3 人成团，24 小时内未满员自动退款。'],
    product: { id: 'tea', name: '茶饮', priceFen: 12800 },
    group: { groupPriceFen: 6900, size: 3, durationHours: 24, ...groupSettings },
    ...rest,
  } as CampaignConfigInput;
}

const packet = (amounts: Record<string, unknown>, settings: Record<string, unknown> = {}) => ({
  packet: { title: '好友券', amounts, ...settings },
});

/** The paths of the issues a config raises: [] when it is valid. */
function issuesOf(input: CampaignConfigInput): string[] {
  const parsed = campaignConfigSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.'));
}

describe('group settings', () => {
  test('the builder-style config is valid and takes the defaults', () => {
    const parsed = campaignConfigSchema.parse(group());
    expect(parsed.kind === 'group' && parsed.group).toEqual({
      groupPriceFen: 6900,
      size: 3,
      durationHours: 24,
      maxHeldSeatsPerPerson: 1,
      maxLeadsPerUser: 1,
      onShort: 'fail',
      paymentMinutes: 15,
    });
    expect(parsed.packet).toBeUndefined();
  });

  test.each([
    { label: 'a group price equal to the product price', g: { groupPriceFen: 12800 }, issues: [] },
    {
      label: 'a group price above the product price',
      g: { groupPriceFen: 12801 },
      issues: ['group.groupPriceFen'],
    },
    { label: 'a group price of 0', g: { groupPriceFen: 0 }, issues: ['group.groupPriceFen'] },
    { label: 'a size of 2', g: { size: 2 }, issues: [] },
    { label: 'a size of 50', g: { size: 50 }, issues: [] },
    { label: 'a size of 1', g: { size: 1 }, issues: ['group.size'] },
    { label: 'a size of 51', g: { size: 51 }, issues: ['group.size'] },
    { label: 'a fractional size', g: { size: 2.5 }, issues: ['group.size'] },
    { label: '72 hours to fill', g: { durationHours: 72 }, issues: [] },
    { label: '73 hours to fill', g: { durationHours: 73 }, issues: ['group.durationHours'] },
    { label: '0 hours to fill', g: { durationHours: 0 }, issues: ['group.durationHours'] },
    { label: 'a 5-minute payment window', g: { paymentMinutes: 5 }, issues: [] },
    {
      label: 'a 4-minute payment window',
      g: { paymentMinutes: 4 },
      issues: ['group.paymentMinutes'],
    },
    {
      label: 'a 61-minute payment window',
      g: { paymentMinutes: 61 },
      issues: ['group.paymentMinutes'],
    },
    { label: '20 leads per person', g: { maxLeadsPerUser: 20 }, issues: [] },
    { label: '21 leads per person', g: { maxLeadsPerUser: 21 }, issues: ['group.maxLeadsPerUser'] },
    { label: 'an unknown onShort', g: { onShort: 'refund' }, issues: ['group.onShort'] },
    { label: 'an unknown key', g: { bonusFen: 100 }, issues: ['group'] },
  ])('$label → $issues', ({ g, issues }) => {
    expect(issuesOf(group(g))).toEqual(issues);
  });

  test('a group buy needs a product (its original price is shown)', () => {
    expect(issuesOf(group({}, { product: undefined }))).toEqual(['product']);
  });
});

describe('packet settings', () => {
  test('a packet takes the defaults', () => {
    const parsed = campaignConfigSchema.parse(
      group({}, packet({ kind: 'list', amountsFen: [1000, 500] })),
    );
    expect(parsed.packet).toEqual({
      title: '好友券',
      amounts: { kind: 'list', amountsFen: [1000, 500] },
      minSpendFen: 0,
      validDays: 7,
      claimsPerDay: 3,
      openHours: 24,
    });
  });

  test.each([
    { label: 'a list of one', amounts: { kind: 'list', amountsFen: [100] }, issues: [] },
    {
      label: 'a list of 20',
      amounts: { kind: 'list', amountsFen: Array.from({ length: 20 }, () => 100) },
      issues: [],
    },
    {
      label: 'an empty list',
      amounts: { kind: 'list', amountsFen: [] },
      issues: ['packet.amounts.amountsFen'],
    },
    {
      label: 'a list of 21',
      amounts: { kind: 'list', amountsFen: Array.from({ length: 21 }, () => 100) },
      issues: ['packet.amounts.amountsFen'],
    },
    {
      label: 'a coupon of 0 fen in a list',
      amounts: { kind: 'list', amountsFen: [100, 0] },
      issues: ['packet.amounts.amountsFen.1'],
    },
    {
      label: 'an even split of 1 fen each',
      amounts: { kind: 'even', totalFen: 5, count: 5 },
      issues: [],
    },
    {
      label: 'an even split with less than 1 fen each',
      amounts: { kind: 'even', totalFen: 4, count: 5 },
      issues: ['packet.amounts.totalFen'],
    },
    {
      label: 'an even split of 21',
      amounts: { kind: 'even', totalFen: 2100, count: 21 },
      issues: ['packet.amounts.count'],
    },
    {
      label: 'a random split with minFen × count = total',
      amounts: { kind: 'random', totalFen: 500, count: 5, minFen: 100, disclosed: true },
      issues: [],
    },
    {
      label: 'a random split with minFen × count > total',
      amounts: { kind: 'random', totalFen: 499, count: 5, minFen: 100, disclosed: true },
      issues: ['packet.amounts.minFen'],
    },
    {
      label: 'a random split with minFen 0',
      amounts: { kind: 'random', totalFen: 500, count: 5, minFen: 0, disclosed: true },
      issues: ['packet.amounts.minFen'],
    },
    {
      label: 'a random split that does not say whether it is disclosed',
      amounts: { kind: 'random', totalFen: 500, count: 5, minFen: 100 },
      issues: ['packet.amounts.disclosed'],
    },
    {
      label: 'an unknown kind',
      amounts: { kind: 'lottery', totalFen: 500, count: 5 },
      issues: ['packet.amounts.kind'],
    },
  ])('$label → $issues', ({ amounts, issues }) => {
    expect(issuesOf(group({}, packet(amounts)))).toEqual(issues);
  });

  test.each([
    { label: 'claimsPerDay 20', s: { claimsPerDay: 20 }, issues: [] },
    { label: 'claimsPerDay 0', s: { claimsPerDay: 0 }, issues: ['packet.claimsPerDay'] },
    { label: 'claimsPerDay 21', s: { claimsPerDay: 21 }, issues: ['packet.claimsPerDay'] },
    { label: 'open for a week', s: { openHours: 168 }, issues: [] },
    { label: 'open for longer than a week', s: { openHours: 169 }, issues: ['packet.openHours'] },
    { label: 'valid for 0 days', s: { validDays: 0 }, issues: ['packet.validDays'] },
    { label: 'a 21-character title', s: { title: '券'.repeat(21) }, issues: ['packet.title'] },
  ])('$label → $issues', ({ s, issues }) => {
    expect(issuesOf(group({}, packet({ kind: 'list', amountsFen: [100] }, s)))).toEqual(issues);
  });

  test('any kind of campaign may have packets', () => {
    const bargain = {
      id: 'cup-bargain',
      kind: 'bargain',
      title: '好友帮砍保温杯',
      rules: ['邀请好友帮砍'],
      product: { id: 'cup', name: '保温杯', priceFen: 9900 },
      bargain: { priceFen: 9900, floorFen: 100, helpsNeeded: 10, durationHours: 24 },
      ...packet({ kind: 'even', totalFen: 1000, count: 5 }),
    } as CampaignConfigInput;
    expect(issuesOf(bargain)).toEqual([]);
  });
});

describe('the packet’s template id is reserved', () => {
  const declaring = (id: string) => ({
    coupons: [
      {
        id,
        title: '加购券',
        valueFen: 500,
        validity: { kind: 'days', days: 7 },
        budget: 10,
      },
    ],
  });

  test('is `<campaign>:packet`', () => {
    expect(packetTemplateId('tea-group')).toBe('tea-group:packet');
  });

  test('a campaign with packets may not declare `<campaign>:packet` itself', () => {
    const input = group(
      {},
      { ...declaring('tea-group:packet'), ...packet({ kind: 'list', amountsFen: [100] }) },
    );
    const parsed = campaignConfigSchema.safeParse(input);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues).toEqual([
      expect.objectContaining({
        path: ['coupons'],
        message: 'the template id "tea-group:packet" is reserved for the packet\'s coupons',
      }),
    ]);
  });

  test('another campaign’s packet id, or one without packets, is not reserved here', () => {
    expect(
      issuesOf(
        group({}, { ...declaring('other:packet'), ...packet({ kind: 'list', amountsFen: [100] }) }),
      ),
    ).toEqual([]);
    expect(issuesOf(group({}, declaring('tea-group:packet')))).toEqual([]);
  });
});
