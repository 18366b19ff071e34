// Builders for campaign views as `campaign.get` answers them (zod output: defaults filled in).
import type {
  AssistCampaign,
  BargainCampaign,
  CampaignConfig,
  CouponCampaign,
  CouponTemplateConfig,
  GroupCampaign,
  PacketSettings,
} from '../../../cloudfunctions/contracts/campaign-config';
import type { CampaignView } from '../../../cloudfunctions/contracts/campaign';
import { bargainSettings } from '../builders/bargain';

const commonDefaults = {
  rules: [],
  share: {},
  landing: { layout: 'long' as const, sections: [{ type: 'hook' as const }] },
  coupons: [],
  invite: { windowDays: 7, orderHoldDays: 7, weeklyReset: { weekday: 1, hour: 0 } },
  mechanics: { unlocks: [], rewards: [] },
};

/** A landing proof section with one certification and nothing else. */
export const proofSection = {
  type: 'proof' as const,
  certifications: [{ name: 'SGS 检测' }],
  experts: [],
  testimonials: [],
  numbers: [],
};

export function aCoupon(overrides: Partial<CouponTemplateConfig> = {}): CouponTemplateConfig {
  return {
    id: 'welcome-10',
    title: '新人立减券',
    valueFen: 1000,
    minSpendFen: 0,
    validity: { kind: 'days', days: 7 },
    budget: 1000,
    perUserLimit: 1,
    claimable: true,
    ...overrides,
  };
}

export function aBargainCampaign(overrides: Partial<BargainCampaign> = {}): BargainCampaign {
  return {
    ...commonDefaults,
    id: 'demo-bargain',
    kind: 'bargain',
    title: '好友帮砍，99 元好物 1 元拿',
    product: { id: 'p1', name: '保温杯', priceFen: 9900 },
    bargain: bargainSettings(),
    ...overrides,
  };
}

export function anAssistCampaign(overrides: Partial<AssistCampaign> = {}): AssistCampaign {
  return {
    ...commonDefaults,
    id: 'demo-assist',
    kind: 'assist',
    title: '邀好友助力，领 20 元券',
    coupons: [aCoupon({ id: 'assist-20', title: '助力奖励券', valueFen: 2000, claimable: false })],
    assist: {
      helpsNeeded: 3,
      durationHours: 24,
      maxStartsPerUser: 1,
      restartAfterExpiry: true,
      helperDailyLimit: 3,
      newUsersOnly: false,
      initiatorRewardTemplateId: 'assist-20',
    },
    ...overrides,
  };
}

export function aCouponCampaign(overrides: Partial<CouponCampaign> = {}): CouponCampaign {
  return {
    ...commonDefaults,
    id: 'demo-welcome',
    kind: 'coupon',
    title: '新人专享福利',
    coupons: [
      aCoupon({ id: 'welcome-10', title: '新人立减券', valueFen: 1000, minSpendFen: 9900 }),
    ],
    claimTemplateId: 'welcome-10',
    ...overrides,
  };
}

export function aGroupCampaign(overrides: Partial<GroupCampaign> = {}): GroupCampaign {
  return {
    ...commonDefaults,
    id: 'demo-group',
    kind: 'group',
    title: '3 人拼团，保温杯 49 元',
    product: { id: 'p1', name: '保温杯', priceFen: 9900 },
    group: {
      groupPriceFen: 4900,
      size: 3,
      durationHours: 24,
      maxLeadsPerUser: 1,
      onShort: 'fail',
      paymentMinutes: 15,
      maxHeldSeatsPerPerson: 1,
    },
    ...overrides,
  };
}

/** A campaign's packet settings: three coupons, ¥10, ¥5 and ¥3, first come first served. */
export function aPacketSettings(overrides: Partial<PacketSettings> = {}): PacketSettings {
  return {
    title: '好友专享券',
    amounts: { kind: 'list', amountsFen: [1000, 500, 300] },
    minSpendFen: 5000,
    validDays: 7,
    claimsPerDay: 3,
    openHours: 24,
    ...overrides,
  };
}

export function aCampaignView(
  config: CampaignConfig,
  overrides: Partial<Omit<CampaignView, 'config'>> = {},
): CampaignView {
  return {
    id: config.id,
    status: 'live',
    config,
    participants: 0,
    remaining: null,
    verifiedOrderIds: [],
    mine: null,
    serverNow: '2026-11-23T08:00:00.000Z',
    ...overrides,
  };
}
