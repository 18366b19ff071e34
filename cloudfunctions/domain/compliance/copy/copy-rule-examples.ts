import type { CopyRuleId } from '../rule-ids';
import type { CopyFacts } from './copy-facts';

/**
 * What each copy rule catches and what it lets through, for a paid campaign with no stock, no
 * helper reward and no counts unless `facts` says otherwise. The README lists them and the
 * tests check them; they live apart from the rules so they stay out of the function bundles.
 */
export interface CopyRuleExamples {
  facts?: Partial<CopyFacts>;
  catches: readonly string[];
  passes: readonly string[];
}

export const COPY_RULE_EXAMPLES: Record<CopyRuleId, CopyRuleExamples> = {
  'copy-demands-sharing': {
    catches: [
      '分享到3个群即可领取',
      '轉發到三個群送禮品',
      '发给 2 个朋友，第二杯半价',
      '不分享将无法领取',
    ],
    passes: ['无需分享，下单即送小样', '不用转发也能领', '分享好物', '分享后好友下单，你得积分'],
  },
  'copy-share-to-unlock': {
    catches: ['转发到群里才能看完整视频', '分享后解锁全文', '不分享就看不到结果'],
    passes: ['付款后解锁专属客服', '好友助力后即可解锁新人价', '分享给好友一起看看吧'],
  },
  'copy-likes-for-reward': {
    catches: ['集满30个赞送蛋糕', '朋友圈点赞满20个到店领饮品', '點讚滿二十個送甜品'],
    passes: ['发朋友圈记录生活，不需要集赞', '无需集赞，到店出示即可领取'],
  },
  'copy-reward-for-opening': {
    catches: ['好友点开链接，你就得1元', '好友进入页面即可获得优惠券'],
    passes: ['好友点开链接即可帮你砍一刀', '好友下单后，你得经验值'],
  },
  'copy-pressure': {
    catches: ['不帮我砍就绝交', '是朋友就帮我砍一刀', '转发保平安', '不轉不是好朋友'],
    passes: ['帮我砍一刀，谢谢啦', '不帮也没关系', '是朋友就一起来尝尝'],
  },
  'copy-cash-per-invite': {
    catches: ['邀请1位好友返现5元', '每拉一个人返3块钱', '推荐好友下单，佣金直接到零钱'],
    passes: ['邀请好友下单，你得经验值，不是现金', '退款原路退回微信零钱', '消费满 100 返 10 元券'],
  },
  'copy-multi-level': {
    catches: ['三级分销', '下级下单你拿提成', '团队返佣', '好友的好友下单你也有提成'],
    passes: ['三级保温认证', '会员分三级：银卡、金卡、黑卡', '我们的团队十年专注保温杯'],
  },
  'copy-random-undisclosed': {
    catches: ['随机砍一刀，最多砍50元', '拼手气红包', '最高可得100元', '拆盲盒，惊喜不断'],
    passes: ['每刀随机 ¥1–¥5，总额固定 ¥98', '最高可得 ¥20，最低 ¥2', '金额固定，不随机'],
  },
  'copy-false-free': {
    catches: ['保温杯免费拿', '0元购', '白拿一台空气炸锅', '邀请好友就能免单'],
    passes: ['满200元减30元', '免费停车', '免费配送', '免费领取 ¥10 无门槛券', '10元秒杀'],
  },
  'copy-fake-scarcity': {
    catches: ['仅剩3件，手慢无', '僅剩最後兩台', '限量50份'],
    passes: ['活动仅剩 48 小时', '最后 1 位好友助力即可完成', '每人限领 1 张'],
  },
  'copy-helper-reward-unbacked': {
    catches: ['帮砍的好友也能得¥3券', '助力好友同享好礼', '每位助力者送10积分'],
    passes: ['感谢每一位帮砍的好友', '邀请好友助力，领 ¥20 券', '帮砍的好友没有奖励'],
  },
  'copy-count-mismatch': {
    facts: { friendCounts: [10] },
    catches: ['只需 5 位好友帮砍', '邀請六位好友幫砍'],
    passes: ['活动 8月1日 开始，10 位好友帮砍', '2 位好友已帮你砍价，还差 8 位', '共需十位好友'],
  },
};
