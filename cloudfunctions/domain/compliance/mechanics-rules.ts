import type { ConfigRuleId } from './rule-ids';
import type { ConfigRule } from './config-rule';
import type { PromiseRuleId } from './promise-rules';
import { SOURCES } from './sources';

type MechanicsRuleId = Exclude<
  ConfigRuleId,
  | 'bargain-helps-undisclosed'
  | 'group-size-undisclosed'
  | 'group-short-outcome-undisclosed'
  | 'packet-coupons-undisclosed'
  | 'coupon-threshold-undisclosed'
  | 'fcode-scarcity-mismatch'
  | PromiseRuleId
>;

export const MECHANICS_RULES: Record<MechanicsRuleId, ConfigRule> = {
  'share-to-unlock': {
    severity: 'error',
    source: SOURCES.forcedSharing,
    check: (c) =>
      c.mechanics.unlocks.flatMap((u, i) =>
        u.by === 'share' || u.by === 'moments-share'
          ? [
              {
                path: ['mechanics', 'unlocks', i, 'by'],
                message: `“${u.content}”需要分享才能解锁：内容或功能不得以分享为条件。`,
                rewrite: 'by: "help" 或 "purchase"（助力或购买后解锁）',
              },
            ]
          : [],
      ),
  },
  'reward-for-sharing': {
    severity: 'error',
    source: SOURCES.luredSharing,
    check: (c) =>
      c.mechanics.rewards.flatMap((r, i) =>
        r.trigger === 'share'
          ? [
              {
                path: ['mechanics', 'rewards', i, 'trigger'],
                message: `“${r.reward}”奖励的是分享这一动作本身：奖励只能给做了实事的人（帮忙助力、下单购买）。`,
                rewrite: 'trigger: "friend-help" 或 "friend-purchase"',
              },
            ]
          : [],
      ),
  },
  'reward-for-moments': {
    severity: 'error',
    source: SOURCES.luredSharing,
    check: (c) =>
      c.mechanics.rewards.flatMap((r, i) =>
        r.trigger === 'moments-share'
          ? [
              {
                path: ['mechanics', 'rewards', i, 'trigger'],
                message: `“${r.reward}”奖励分享到朋友圈：朋友圈分享不得给予任何奖励。`,
                rewrite: 'trigger: "own-purchase"，或删去这条奖励',
              },
            ]
          : [],
      ),
  },
  'reward-for-opening': {
    severity: 'error',
    source: SOURCES.shallowInteraction,
    check: (c) =>
      c.mechanics.rewards.flatMap((r, i) =>
        r.trigger === 'friend-open'
          ? [
              {
                path: ['mechanics', 'rewards', i, 'trigger'],
                message: `“${r.reward}”在好友仅打开页面时发放：奖励必须跟随好友的主动行为（助力、购买）。`,
                rewrite: 'trigger: "friend-help" 或 "friend-purchase"',
              },
            ]
          : [],
      ),
  },
  'random-outcome-undisclosed': {
    severity: 'error',
    source: SOURCES.lottery,
    check: (c) =>
      c.mechanics.randomOutcome && !c.mechanics.randomOutcome.disclosed
        ? [
            {
              path: ['mechanics', 'randomOutcome', 'disclosed'],
              message: '活动含随机结果却未公示概率与全部可能结果：随机玩法必须事先公示。',
              rewrite: '在规则中写明每种结果及其概率，并设 disclosed: true',
            },
          ]
        : [],
  },
  'group-price-not-discount': {
    severity: 'error',
    source: SOURCES.falseClaims,
    check: (c) =>
      c.kind === 'group' && c.group.groupPriceFen >= c.product.priceFen
        ? [
            {
              path: ['group', 'groupPriceFen'],
              message: '拼团价不低于原价：称作“拼团价”的价格必须真实低于单独购买的价格。',
              rewrite: 'groupPriceFen 低于 product.priceFen',
            },
          ]
        : [],
  },
  'packet-random-undisclosed': {
    severity: 'error',
    source: SOURCES.lottery,
    check: (c) =>
      c.packet?.amounts.kind === 'random' && !c.packet.amounts.disclosed
        ? [
            {
              path: ['packet', 'amounts', 'disclosed'],
              message:
                '好友券金额随机却未公示：随机金额必须在领取前公示总额、张数和每张的金额范围（disclosed: true）。',
              rewrite: '规则写明“共 N 张，总额 ¥X，每张 ¥a–¥b 随机”，并设 disclosed: true',
            },
          ]
        : [],
  },
  'perk-lottery-for-sharing': {
    severity: 'error',
    source: SOURCES.luredSharing,
    check: (c) =>
      (c.invite.levels ?? []).flatMap((l, i) =>
        l.perks.flatMap((perk, j) =>
          perk.kind === 'draw'
            ? [
                {
                  path: ['invite', 'levels', i, 'perks', j],
                  message: `“${l.name}”多 ${perk.extraDraws} 次抽奖机会：等级来自分享带来的经验，按等级加抽奖机会就是按分享给抽奖机会。`,
                  rewrite:
                    '换成确定、公示的权益：更大的好友券池（circle-pool-bonus）、F码提前看（fcode-early-access）或限量月度试用（monthly-sample）',
                },
              ]
            : [],
        ),
      ),
  },
  'multi-level-commission': {
    severity: 'error',
    source: SOURCES.pyramid,
    check: (c) =>
      c.mechanics.commission && c.mechanics.commission.levels > 1
        ? [
            {
              path: ['mechanics', 'commission', 'levels'],
              message: `${c.mechanics.commission.levels} 级分佣属于多级分销：最多只能奖励直接邀请人一级。`,
              rewrite: 'levels: 1',
            },
          ]
        : [],
  },
  'rules-missing': {
    severity: 'error',
    source: SOURCES.marketing,
    check: (c) =>
      c.rules.length === 0
        ? [
            {
              path: ['rules'],
              message: '缺少活动规则：完整规则、参与步骤和用户能得到什么必须在活动页事先展示。',
              rewrite: '在 rules 中逐条写明参与步骤、需要的人数、时限和奖励',
            },
          ]
        : [],
  },
};
