import type { Concept } from './concept';

export type OfferConceptId =
  | 'negHelp'
  | 'threat'
  | 'ifFriend'
  | 'helpVerb'
  | 'omen'
  | 'coercion'
  | 'invite'
  | 'cash'
  | 'cashShare'
  | 'multiLevel'
  | 'random'
  | 'randomWord'
  | 'prizeValue'
  | 'randomDisclosed'
  | 'free';

/** Pressure, money for people, and claims about what a shopper gets. */
export const OFFER_CONCEPTS: Record<OfferConceptId, Concept> = {
  negHelp: {
    terms: ['不帮', '不转', '不点', '不分享', '不转发', '不助力', '不砍', '不帮忙', '不帮砍'],
  },
  threat: {
    terms: [
      '绝交',
      '友尽',
      '拉黑',
      '屏蔽',
      '别做朋友',
      '不是中国人',
      '不是好',
      '不是朋友',
      '不是兄弟',
      '不是姐妹',
      '倒霉',
      '霉运',
      '后悔',
      '取消资格',
      '哭给你看',
      '删好友',
      '不理你',
      '好运…溜走',
      '好运…没了',
      '不是',
      '小气',
      '不够意思',
      '别找我',
      '别来找我',
      '别怪我',
      '没良心',
      '白眼狼',
    ],
  },
  ifFriend: {
    terms: [
      're:(是|够)(真|好)?(朋友|兄弟|姐妹|闺蜜|亲人|亲戚|家人|同学|同事|老乡|哥们|铁子|意思)就',
      '真朋友都会',
    ],
  },
  helpVerb: { terms: ['帮', '砍', '转', '助力', '分享', '点'] },
  omen: { terms: ['保平安', '平安', '好运', '霉运', '倒霉'] },
  coercion: {
    terms: ['必须转发', '必须分享', '一定要转', '必须帮', '假朋友', '哭给你看', '不帮我谁帮我'],
  },
  invite: {
    terms: [
      '邀请',
      '邀新',
      '拉新',
      '每拉',
      '拉一个',
      '拉好友',
      '拉人',
      '推荐',
      '老带新',
      '带新',
      '每邀',
      '好友首单',
      '好友下单',
    ],
  },
  cash: {
    terms: [
      '返现',
      '现金',
      '块钱',
      '零钱',
      '提现',
      '到账',
      '打到微信',
      '返你',
      '返利',
      '佣金',
      '返佣',
      '分佣',
      '提成',
      '分成',
      '返#元',
      '得#元',
      '奖励#元',
      '每人#元',
      '赚',
    ],
  },
  cashShare: { terms: ['分享赚', '转发赚', '邀请越多赚', '拉人赚', '躺赚'] },
  multiLevel: {
    terms: [
      '#级分销',
      '#级返佣',
      '#级分佣',
      '#级佣金',
      '#级返利',
      '#级奖励',
      // A second level of anything paid out is multi-level: 二级返10%, 拿三代佣金.
      're:[2-9]级(返|分佣|分成|佣|提成|奖)',
      're:[2-9]代(佣金|返|收益|奖励|提成|分成)',
      '下级',
      '下线',
      '团队返佣',
      '团队业绩',
      '团队流水',
      '团队奖',
      '团队分红',
      '间推',
      '无限代',
      '层层返利',
      '多级奖励',
      '多级返利',
      '多级分佣',
      '好友的好友',
      '再邀请',
    ],
  },
  random: {
    terms: [
      '拼手气',
      '手气',
      're:最高可?(得|领|获|赢|拿|砍|返|中)',
      // 最多 is usually a limit (每人最多领 3 张); with an amount of money it is a jackpot.
      're:最多可?(得|砍|领|返|赢)(¥\\d+(\\.\\d+)?|\\d+(\\.\\d+)?元)',
      '盲盒',
      '幸运抽奖',
      '转盘',
      '抽奖赢',
      '运气',
      '神秘大奖',
      '惊喜大奖',
    ],
  },
  // 随机 is a random outcome when it decides a value (随机砍, 金额随机), not a colour.
  randomWord: { terms: ['随机'] },
  prizeValue: {
    terms: [
      '砍',
      '刀',
      '金额',
      '红包',
      '券',
      '积分',
      '奖',
      '元',
      '¥',
      '减',
      '得',
      '送',
      '掉落',
      '现金',
    ],
  },
  // A random outcome is disclosed by its range, its odds, or a statement that it is fixed.
  randomDisclosed: {
    terms: ['re:\\d+(\\.\\d+)?元?[-–—~至到]¥?\\d+', '最低', '概率', '中奖率', '公示', '金额固定'],
  },
  free: {
    terms: ['免费', '0元', '白拿', '白送', '白给', '免单', '一分钱不花', '不花一分钱', '¥0'],
    // Free services on a paid order, and free coupons, are true: they are not the product.
    except: [
      '免费停车',
      '免费配送',
      '免费送到家',
      '免费送货',
      '免费上门',
      '免费包邮',
      '免费邮寄',
      '免费咨询',
      '免费wifi',
      '免费包装',
      '免费刻字',
      '免费退换',
      '免费升级',
      '免费试吃',
      '免费品鉴',
      '免费领…券',
      '免单率',
    ],
  },
};
