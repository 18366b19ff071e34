import type { CampaignConfig } from '../../contracts/campaign-config';
import { campaignTexts } from './campaign-texts';
import {
  FREE_PATTERNS,
  SCARCITY_PATTERNS,
  SHARE_DEMAND_PATTERNS,
  firstMatch,
} from './copy-patterns';
import { FCODE_FALSE_CLAIMS, fcodeScarcityMismatch, scarcityIsBacked } from './fcode-rules';
import type { Finding } from './finding';

export type ComplianceRuleId =
  | 'share-to-unlock'
  | 'reward-for-sharing'
  | 'reward-for-moments'
  | 'reward-for-opening'
  | 'random-outcome-undisclosed'
  | 'bargain-helps-undisclosed'
  | 'group-price-not-discount'
  | 'group-size-undisclosed'
  | 'group-short-outcome-undisclosed'
  | 'packet-random-undisclosed'
  | 'packet-coupons-undisclosed'
  | 'copy-demands-sharing'
  | 'copy-fake-scarcity'
  | 'fcode-scarcity-mismatch'
  | 'copy-false-free'
  | 'multi-level-commission'
  | 'rules-missing';

interface ComplianceRule {
  severity: Finding['severity'];
  source: string;
  check(config: CampaignConfig): Omit<Finding, 'ruleId' | 'severity' | 'source'>[];
}

const INDUCED_SHARING = '《微信小程序平台运营规范》5.1 诱导分享类';
const FALSE_CLAIMS = '《微信小程序平台运营规范》3.x 虚假与欺诈类（误导性宣传）';
const MARKETING = '《微信小程序平台运营规范》5.x 营销与推广规范';

/**
 * The registry: a `Record` over the closed set of ids, so a rule that is named but not
 * written fails to compile. Errors refuse the config; warnings are shown to the merchant.
 */
export const COMPLIANCE_RULES: Record<ComplianceRuleId, ComplianceRule> = {
  'share-to-unlock': {
    severity: 'error',
    source: INDUCED_SHARING,
    check: (c) =>
      c.mechanics.unlocks.flatMap((u, i) =>
        u.by === 'share' || u.by === 'moments-share'
          ? [
              {
                path: ['mechanics', 'unlocks', i, 'by'],
                message: `“${u.content}”需要分享才能解锁：内容或功能不得以分享为条件，请改为助力或购买后解锁。`,
              },
            ]
          : [],
      ),
  },
  'reward-for-sharing': {
    severity: 'error',
    source: INDUCED_SHARING,
    check: (c) =>
      c.mechanics.rewards.flatMap((r, i) =>
        r.trigger === 'share'
          ? [
              {
                path: ['mechanics', 'rewards', i, 'trigger'],
                message: `“${r.reward}”奖励的是分享这一动作本身：奖励只能给做了实事的人（帮忙助力、下单购买）。`,
              },
            ]
          : [],
      ),
  },
  'reward-for-moments': {
    severity: 'error',
    source: INDUCED_SHARING,
    check: (c) =>
      c.mechanics.rewards.flatMap((r, i) =>
        r.trigger === 'moments-share'
          ? [
              {
                path: ['mechanics', 'rewards', i, 'trigger'],
                message: `“${r.reward}”奖励分享到朋友圈：朋友圈分享不得给予任何奖励。`,
              },
            ]
          : [],
      ),
  },
  'reward-for-opening': {
    severity: 'error',
    source: INDUCED_SHARING,
    check: (c) =>
      c.mechanics.rewards.flatMap((r, i) =>
        r.trigger === 'friend-open'
          ? [
              {
                path: ['mechanics', 'rewards', i, 'trigger'],
                message: `“${r.reward}”在好友仅打开页面时发放：奖励必须跟随好友的主动行为（助力、购买）。`,
              },
            ]
          : [],
      ),
  },
  'random-outcome-undisclosed': {
    severity: 'error',
    source: INDUCED_SHARING,
    check: (c) =>
      c.mechanics.randomOutcome && !c.mechanics.randomOutcome.disclosed
        ? [
            {
              path: ['mechanics', 'randomOutcome', 'disclosed'],
              message: '活动含随机结果却未公示概率与全部可能结果：随机玩法必须事先公示。',
            },
          ]
        : [],
  },
  'bargain-helps-undisclosed': {
    severity: 'warning',
    source: INDUCED_SHARING,
    check: (c) => {
      if (c.kind !== 'bargain') return [];
      const needed = String(c.bargain.helpsNeeded);
      return c.rules.some((rule) => rule.includes(needed))
        ? []
        : [
            {
              path: ['rules'],
              message: `规则文字未写明需要 ${needed} 位好友帮砍：砍价需要的人数必须在活动规则中写明。`,
            },
          ];
    },
  },
  'group-price-not-discount': {
    severity: 'error',
    source: FALSE_CLAIMS,
    check: (c) =>
      c.kind === 'group' && c.group.groupPriceFen >= c.product.priceFen
        ? [
            {
              path: ['group', 'groupPriceFen'],
              message: '拼团价不低于原价：称作“拼团价”的价格必须真实低于单独购买的价格。',
            },
          ]
        : [],
  },
  'group-size-undisclosed': {
    severity: 'warning',
    source: INDUCED_SHARING,
    check: (c) => {
      if (c.kind !== 'group') return [];
      const size = String(c.group.size);
      return c.rules.some((rule) => rule.includes(size))
        ? []
        : [
            {
              path: ['rules'],
              message: `规则文字未写明 ${size} 人成团：成团需要的人数必须在活动规则中写明。`,
            },
          ];
    },
  },
  'group-short-outcome-undisclosed': {
    severity: 'warning',
    source: FALSE_CLAIMS,
    check: (c) => {
      if (c.kind !== 'group') return [];
      const words = c.group.onShort === 'fail' ? ['退款', '退回'] : ['成团'];
      const said = c.rules.some(
        (rule) => rule.includes('未满') && words.some((w) => rule.includes(w)),
      );
      return said
        ? []
        : [
            {
              path: ['group', 'onShort'],
              message:
                c.group.onShort === 'fail'
                  ? '规则文字未写明到期未满员会怎样：请写明“到期未满员拼团失败，款项原路退回”。'
                  : '规则文字未写明到期未满员也按已付款人数成团：请在规则中写明。',
            },
          ];
    },
  },
  'packet-random-undisclosed': {
    severity: 'error',
    source: INDUCED_SHARING,
    check: (c) =>
      c.packet?.amounts.kind === 'random' && !c.packet.amounts.disclosed
        ? [
            {
              path: ['packet', 'amounts', 'disclosed'],
              message:
                '好友券金额随机却未公示：随机金额必须在领取前公示总额、张数和每张的金额范围（disclosed: true）。',
            },
          ]
        : [],
  },
  'packet-coupons-undisclosed': {
    severity: 'warning',
    source: MARKETING,
    check: (c) => {
      if (!c.packet) return [];
      const amounts = c.packet.amounts;
      const count = String(amounts.kind === 'list' ? amounts.amountsFen.length : amounts.count);
      return c.rules.some((rule) => rule.includes(count) && rule.includes('券'))
        ? []
        : [
            {
              path: ['rules'],
              message: `规则文字未写明好友券红包共 ${count} 张及领取方式：分享给好友的券必须事先说明张数、金额和每人限领。`,
            },
          ];
    },
  },
  'copy-demands-sharing': {
    severity: 'error',
    source: INDUCED_SHARING,
    check: (c) =>
      campaignTexts(c).flatMap(({ path, text }) => {
        const hit = firstMatch(text, SHARE_DEMAND_PATTERNS);
        return hit
          ? [{ path, message: `文案“${hit}”要求或诱导用户分享：请删去分享要求，只描述活动本身。` }]
          : [];
      }),
  },
  'copy-fake-scarcity': {
    severity: 'warning',
    source: FALSE_CLAIMS,
    check: (c) =>
      scarcityIsBacked(c)
        ? []
        : campaignTexts(c).flatMap(({ path, text }) => {
            const hit = firstMatch(text, SCARCITY_PATTERNS);
            return hit
              ? [
                  {
                    path,
                    message: `文案“${hit}”声称数量有限，但活动没有设置库存（stock）：请设置真实库存或删去该说法。`,
                  },
                ]
              : [];
          }),
  },
  'fcode-scarcity-mismatch': {
    severity: 'error',
    source: FCODE_FALSE_CLAIMS,
    check: fcodeScarcityMismatch,
  },
  'copy-false-free': {
    severity: 'error',
    source: FALSE_CLAIMS,
    check: (c) => {
      // Only a bargain down to ¥0 is free; coupons (the other kinds' rewards) only discount.
      const paysSomething = c.kind === 'bargain' ? c.bargain.floorFen > 0 : true;
      if (!paysSomething) return [];
      return campaignTexts(c).flatMap(({ path, text }) => {
        const hit = firstMatch(text, FREE_PATTERNS);
        return hit
          ? [{ path, message: `文案“${hit}”称免费，但用户仍需付款：请写明实际需支付的金额。` }]
          : [];
      });
    },
  },
  'multi-level-commission': {
    severity: 'error',
    source: MARKETING,
    check: (c) =>
      c.mechanics.commission && c.mechanics.commission.levels > 1
        ? [
            {
              path: ['mechanics', 'commission', 'levels'],
              message: `${c.mechanics.commission.levels} 级分佣属于多级分销：最多只能奖励直接邀请人一级。`,
            },
          ]
        : [],
  },
  'rules-missing': {
    severity: 'error',
    source: MARKETING,
    check: (c) =>
      c.rules.length === 0
        ? [
            {
              path: ['rules'],
              message: '缺少活动规则：完整规则、参与步骤和用户能得到什么必须在活动页事先展示。',
            },
          ]
        : [],
  },
};

/** Every rule over a valid config, errors first. */
export function checkCompliance(config: CampaignConfig): Finding[] {
  const findings = (Object.keys(COMPLIANCE_RULES) as ComplianceRuleId[]).flatMap((ruleId) => {
    const rule = COMPLIANCE_RULES[ruleId];
    return rule
      .check(config)
      .map((f) => ({ ...f, ruleId, severity: rule.severity, source: rule.source }));
  });
  return findings.sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
}
