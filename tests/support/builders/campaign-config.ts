import {
  campaignConfigSchema,
  type CampaignConfig,
  type CampaignConfigInput,
  type PacketAmounts,
} from '../../../cloudfunctions/contracts/campaign-config';

let seq = 0;
const nextId = (prefix: string) => `${prefix}-${process.pid}-${(seq += 1)}`;

type BargainInput = Extract<CampaignConfigInput, { kind: 'bargain' }>;
type AssistInput = Extract<CampaignConfigInput, { kind: 'assist' }>;
type CouponInput = Extract<CampaignConfigInput, { kind: 'coupon' }>;

/** A valid bargain campaign; override the settings a test is about. */
export function aBargainCampaign(
  bargain: Partial<BargainInput['bargain']> = {},
  rest: Partial<Omit<BargainInput, 'kind' | 'bargain'>> = {},
): CampaignConfig {
  const priceFen = bargain.priceFen ?? 9900;
  return campaignConfigSchema.parse({
    id: nextId('bargain'),
    kind: 'bargain',
    title: '测试砍价',
    rules: ['邀请好友帮砍'],
    product: { id: 'p1', name: '测试商品', priceFen },
    ...rest,
    bargain: { priceFen, floorFen: 100, helpsNeeded: 10, durationHours: 24, ...bargain },
  });
}

export function anAssistCampaign(
  assist: Partial<AssistInput['assist']> = {},
  coupons: {
    goalBudget?: number;
    thanksBudget?: number;
    thanksPerUser?: number;
    withThanks?: boolean;
  } = {},
): CampaignConfig {
  const id = nextId('assist');
  const withThanks = coupons.withThanks ?? true;
  return campaignConfigSchema.parse({
    id,
    kind: 'assist',
    title: '测试助力',
    rules: ['邀请好友助力'],
    assist: {
      helpsNeeded: 3,
      durationHours: 24,
      initiatorRewardTemplateId: `${id}-goal`,
      ...(withThanks ? { helperRewardTemplateId: `${id}-thanks` } : {}),
      ...assist,
    },
    coupons: [
      {
        id: `${id}-goal`,
        title: '目标券',
        valueFen: 2000,
        validity: { kind: 'days', days: 7 },
        budget: coupons.goalBudget ?? 100,
        perUserLimit: assist.maxStartsPerUser ?? 1,
      },
      ...(withThanks
        ? [
            {
              id: `${id}-thanks`,
              title: '感谢券',
              valueFen: 300,
              validity: { kind: 'days', days: 3 },
              budget: coupons.thanksBudget ?? 100,
              perUserLimit: coupons.thanksPerUser ?? 3,
            },
          ]
        : []),
    ],
  });
}

export function aCouponCampaign(
  template: Partial<CouponInput['coupons'] extends (infer T)[] | undefined ? T : never> = {},
  rest: Partial<Omit<CouponInput, 'kind' | 'coupons' | 'claimTemplateId'>> = {},
): CampaignConfig {
  const id = nextId('coupon');
  return campaignConfigSchema.parse({
    id,
    kind: 'coupon',
    title: '测试领券',
    rules: ['每人限领一张'],
    claimTemplateId: id,
    ...rest,
    coupons: [
      {
        id,
        title: '测试券',
        valueFen: 1000,
        validity: { kind: 'days', days: 30 },
        budget: 100,
        perUserLimit: 1,
        claimable: true,
        ...template,
      },
    ],
  });
}

type GroupInput = Extract<CampaignConfigInput, { kind: 'group' }>;
type PacketInput = NonNullable<GroupInput['packet']>;

/** A valid group-buy campaign (3 people, 24 hours, no packet unless given). */
export function aGroupCampaign(
  group: Partial<GroupInput['group']> = {},
  rest: Partial<Omit<GroupInput, 'kind' | 'group'>> = {},
): CampaignConfig {
  return campaignConfigSchema.parse({
    id: nextId('group'),
    kind: 'group',
    title: '测试拼团',
    rules: ['3 人成团，到期未满员自动退款'],
    product: { id: 'p1', name: '测试商品', priceFen: 12800 },
    ...rest,
    group: { groupPriceFen: 6900, size: 3, durationHours: 24, ...group },
  });
}

/** Packet settings: five listed coupons unless overridden. */
/** ¥50 split at random into 5 coupons of at least ¥1 (so at most ¥46 each), its range shown or not. */
export function aRandomSplit(disclosed: boolean): PacketAmounts {
  return { kind: 'random', totalFen: 5000, count: 5, minFen: 100, disclosed };
}

export function aPacket(packet: Partial<PacketInput> = {}): PacketInput {
  return {
    title: '好友券',
    amounts: { kind: 'list', amountsFen: [1000, 500, 500, 300, 200] },
    ...packet,
  };
}

type FcodeInput = Extract<CampaignConfigInput, { kind: 'fcode' }>;

/**
 * A valid F码 campaign: one holders' batch of 10 (2 codes per seed), codes valid through
 * 2026, 3 days to hand a code on, 24 hours to buy with one, ¥99 instead of ¥199.
 */
export function anFcodeCampaign(
  fcode: Partial<FcodeInput['fcode']> = {},
  rest: Partial<Omit<FcodeInput, 'kind' | 'fcode'>> = {},
): Extract<CampaignConfig, { kind: 'fcode' }> {
  return campaignConfigSchema.parse({
    id: nextId('fcode'),
    kind: 'fcode',
    title: '测试F码',
    rules: ['本批 10 个F码，凭码 ¥99 购买'],
    product: { id: 'p1', name: '测试商品', priceFen: 19900 },
    ...rest,
    fcode: {
      grant: { kind: 'price', priceFen: 9900 },
      validUntil: '2026-12-31T23:59:59+08:00',
      batches: [{ size: 10, to: 'holders' }],
      codesPerSeed: 2,
      holdDays: 3,
      reserveHours: 24,
      ...fcode,
    },
  }) as Extract<CampaignConfig, { kind: 'fcode' }>;
}

/** The merchant's report of a purchase of the F码 product (p1) at the ¥99 it grants. */
export function anFcodeOrder(
  campaignId: string,
  buyerOpenid: string,
  fcode: string,
  orderId: string,
) {
  return {
    action: 'report',
    orderId,
    buyerOpenid,
    amountFen: 9900,
    campaignId,
    productId: 'p1',
    fcode,
  };
}

type CouponTemplateInput = NonNullable<CouponInput['coupons']>[number];

/**
 * A group-buy campaign with a shopping circle: each post carries `poolSize` friend coupons
 * (满 50 减 10 unless overridden) from a template of `budget`, `perUserLimit` per person.
 */
export function aCircleCampaign(
  circle: { poolSize?: number } = {},
  template: Partial<CouponTemplateInput> = {},
  rest: Partial<Omit<GroupInput, 'kind' | 'group' | 'coupons' | 'circle'>> = {},
): CampaignConfig {
  const id = nextId('circle');
  return campaignConfigSchema.parse({
    id,
    kind: 'group',
    title: '测试购物圈',
    rules: ['3 人成团，到期未满员自动退款', '买过的朋友可以发推荐，附好友专享券'],
    product: { id: 'cup-316', name: '316 不锈钢真空保温杯', priceFen: 12800 },
    ...rest,
    group: { groupPriceFen: 6900, size: 3, durationHours: 24 },
    coupons: [
      {
        id: `${id}-friend`,
        title: '好友专享',
        valueFen: 1000,
        minSpendFen: 5000,
        validity: { kind: 'days', days: 14 },
        budget: 100,
        perUserLimit: 10,
        ...template,
      },
    ],
    circle: { templateId: `${id}-friend`, ...circle },
  });
}
