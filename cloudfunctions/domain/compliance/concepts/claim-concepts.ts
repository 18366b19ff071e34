import type { Concept } from './concept';

export type ClaimConceptId =
  | 'scarceCount'
  | 'scarceWord'
  | 'helperSubject'
  | 'alsoMark'
  | 'helperRewarded'
  | 'friendQty'
  | 'groupQty'
  | 'shortGroup'
  | 'refund'
  | 'shortComplete'
  | 'couponQty'
  | 'notStockUnit';

/** Claims the config must back: stock, helpers' gifts, counts, a short group's outcome. */
export const CLAIM_CONCEPTS: Record<ClaimConceptId, Concept> = {
  scarceCount: {
    terms: [
      '仅剩#',
      '只剩#',
      '只剩下#',
      '仅剩最后#',
      '只剩最后#',
      '最后#',
      '仅余#',
      '还剩#',
      '限量#',
    ],
  },
  scarceWord: {
    terms: [
      '手慢无',
      '即将售罄',
      '即将抢光',
      '马上抢光',
      '库存紧张',
      '数量有限',
      '抢完就没',
      '抢完即止',
      '所剩无几',
      '最后几',
      '仅剩几',
      '只剩几',
      '卖完不补',
      '限量',
      're:(仅|只)剩(少量|不多)',
      '名额有限',
      '库存告急',
      '告罄',
      '售罄',
      '抢光',
    ],
    // 限量版 names an edition, not a quantity.
    except: ['限量版', '限量款'],
  },
  helperSubject: {
    terms: [
      're:(帮(你|我|忙)?(砍|助力)|助力|参与(砍价|助力)|帮忙)的?(好友|朋友|人|亲友|家人)',
      '好友帮你砍',
      '好友帮砍',
      '好友助力',
      '帮我助力',
      '帮我砍',
    ],
  },
  alsoMark: {
    terms: ['也', '同享', '同样', '双方', '都', '均', '人人', '一样', '各得', '同得'],
  },
  // Helping itself rewarded: 助力即送, 每位助力者送… (not 6位好友助力即可领取: that is the goal).
  helperRewarded: {
    terms: [
      '助力者',
      '帮砍者',
      '参与助力',
      're:(助力|帮砍)(即|就)(?=送|得|赠|有)',
      '助力有礼',
      '帮砍有礼',
    ],
  },
  friendQty: {
    terms: ['#位好友', '#个好友', '#名好友', '#位朋友', '#个朋友', '#名朋友'],
    // Progress, limits and ordinals are not the number of friends a campaign needs.
    except: [
      '还差#位',
      '还需#位',
      '最多帮#位',
      '帮#位好友',
      '第#位',
      '#位好友已',
      '已有#位',
      // 一个好友券红包 names a coupon packet, not a number of friends.
      '#个好友券',
      '#个好友红包',
      // 我邀请了 3 位好友 tells a story; it is not what the campaign needs.
      '了#位',
      '了#个',
      '了#名',
    ],
  },
  groupQty: {
    terms: ['#人成团', '#人团', '#人拼', '凑满#人', '满#人', '#人一起拼'],
    except: ['还差#人'],
  },
  shortGroup: {
    terms: [
      '未成团',
      '未满员',
      '未满#人',
      '未凑满',
      '没凑满',
      '拼团失败',
      '成团失败',
      '不足#人',
      '人数不足',
      '没拼成',
      '未拼成',
    ],
  },
  refund: { terms: ['退款', '退回', '原路返回', '退还', '返还', '全额退'] },
  shortComplete: { terms: ['成团', '发货', '照常'] },
  couponQty: { terms: ['#张'] },
  // 仅剩 2 小时 is a deadline and 最后 1 位好友 is progress: neither is a claim about stock.
  notStockUnit: {
    terms: [
      '小时',
      '天',
      '分钟',
      '分',
      '秒',
      '周',
      '日',
      '位',
      '人',
      '刀',
      '次',
      '步',
      '年',
      '月',
      '点',
      '号',
      '个小时',
    ],
  },
};
