// Builders for the merchant's stats, shared by the DOM tests and the simulator test.
import {
  funnelStageSchema,
  type CampaignStats,
  type FunnelStage,
} from '../../../../cloudfunctions/contracts/campaign';
import type { WechatNotice } from '../../../../cloudfunctions/contracts/notice';

type PendingCredit = CampaignStats['pendingCredits'][number];

// As the server sends them: explainFraudFlag of what fraud-rules.ts stored.
export const SAME_IP_FLAG = {
  rule: '同一 IP 多人到访',
  reason: '60 分钟内同一 IP 来了 3 位新用户',
};
export const HELPER_ONLY_FLAG = {
  rule: '只助力不参与',
  reason: '助力 3 次，没有其他浏览、发起或下单',
};

export function aPendingCredit(overrides: Partial<PendingCredit> = {}): PendingCredit {
  return {
    id: 'cnv_000000000000000a',
    sharer: 'oWan****ng01',
    invitee: 'oZha****o002',
    stage: 'arrived',
    flags: [SAME_IP_FLAG],
    at: '2026-11-23T08:05:00.000Z',
    ...overrides,
  };
}

/**
 * Funnel stages in the contract's order (`counts` are given in it) with the server's
 * conversion rule: a rate only against the stage it is a part of (domain/stats/funnel.ts), 0
 * when that is empty.
 */
export function aFunnel(counts: readonly number[]): CampaignStats['funnel'] {
  const stages = funnelStageSchema.options;
  const parent: Partial<Record<FunnelStage, FunnelStage>> = {
    newPeople: 'visitors',
    completions: 'starts',
    redeemed: 'rewardsIssued',
  };
  const countOf = (stage: FunnelStage) => counts[stages.indexOf(stage)] ?? 0;
  return stages.map((stage) => {
    const of = parent[stage];
    const whole = of ? countOf(of) : 0;
    return {
      stage,
      count: countOf(stage),
      conversion: of ? { of, ratio: whole > 0 ? countOf(stage) / whole : 0 } : null,
    };
  });
}

/**
 * A busy campaign: 200 visitors down to 3 redeemed and no orders; K = 60/40 × 24/48 = 0.75;
 * three sharers with 62.5% of the conversions; two flagged credits.
 */
export function aCampaignStats(overrides: Partial<CampaignStats> = {}): CampaignStats {
  return {
    campaignId: 'demo-bargain',
    kind: 'bargain',
    title: '好友帮砍，保温杯 ¥1 带回家',
    funnel: aFunnel([200, 120, 48, 30, 12, 12, 3, 0]),
    viral: { participants: 40, invitesSent: 60, invitees: 48, inviteesConverted: 24, k: 0.75 },
    scenes: [
      { scene: 1007, visits: 90 },
      { scene: 1008, visits: 60 },
      { scene: 1044, visits: 20 },
      { scene: null, visits: 15 },
      { scene: 1047, visits: 10 },
      { scene: 1011, visits: 5 },
    ],
    topSharers: [
      { name: '王*', conversions: 10, xp: 250, pendingXp: 0 },
      { name: '李**', conversions: 6, xp: 150, pendingXp: 0 },
      { name: '张*', conversions: 4, xp: 90, pendingXp: 0 },
    ],
    topSharersShare: 0.625,
    pendingCredits: [
      aPendingCredit(),
      aPendingCredit({
        id: 'cnv_000000000000000b',
        sharer: 'oLis****i003',
        invitee: 'oSun****n004',
        stage: 'helped',
        flags: [HELPER_ONLY_FLAG],
        at: '2026-11-23T09:30:00.000Z',
      }),
    ],
    refundOrderIds: [],
    ...overrides,
  };
}

/** A campaign nobody has touched yet. */
export function quietStats(): CampaignStats {
  return aCampaignStats({
    funnel: aFunnel([0, 0, 0, 0, 0, 0, 0, 0]),
    viral: { participants: 0, invitesSent: 0, invitees: 0, inviteesConverted: 0, k: 0 },
    scenes: [],
    topSharers: [],
    topSharersShare: 0,
    pendingCredits: [],
  });
}

/**
 * WeChat banned 分享 for 7 days on 2026-03-01 10:00 (China time) for 诱导分享, and the default
 * setting paused the two live campaigns.
 */
export function aWechatNotice(overrides: Partial<WechatNotice> = {}): WechatNotice {
  return {
    punishId: 'punish-1',
    kind: 'function-ban',
    eventType: 2,
    punishedAt: '2026-03-01T02:00:00.000Z',
    receivedAt: '2026-03-01T02:05:00.000Z',
    reason: '诱导分享',
    content: '分享到3个群即可领取',
    ruleName: '《微信小程序平台运营规范》5.1 诱导分享',
    ruleUrl: 'https://developers.weixin.qq.com/miniprogram/product/#_5-1',
    guideUrl: 'https://developers.weixin.qq.com/miniprogram/product/guide',
    warnedOf: null,
    rectifyDeadline: null,
    functions: [{ name: '分享', days: 7 }],
    days: null,
    detailText: null,
    autoPause: 'bans',
    pausedCampaigns: [
      { campaignId: 'demo-bargain', title: '好友帮砍，保温杯 ¥1 带回家', status: 'paused' },
      { campaignId: 'demo-group', title: '3 人成团，明前龙井 ¥69', status: 'paused' },
    ],
    ...overrides,
  };
}

/** A warning: rectify by 2026-03-08 10:00 or 分享 is banned 7 days and 搜索 30; recorded only. */
export function aWechatWarning(overrides: Partial<WechatNotice> = {}): WechatNotice {
  return aWechatNotice({
    punishId: 'punish-2',
    kind: 'warning',
    eventType: 1,
    warnedOf: 'function-ban',
    rectifyDeadline: '2026-03-08T02:00:00.000Z',
    functions: [
      { name: '分享', days: 7 },
      { name: '搜索', days: 30 },
    ],
    pausedCampaigns: [],
    ...overrides,
  });
}
