/** The platform rules and laws each finding comes from, cited the way WeChat's notices do. */
export const SOURCES = {
  forcedSharing: '《微信小程序平台运营规范》5.1.1 强制分享（分享后才可解锁、查看、下载）',
  luredSharing: '《微信小程序平台运营规范》5.1.2 利诱分享（分享后获得现金、红包、礼品、抽奖机会）',
  coercedSharing: '《微信小程序平台运营规范》5.1.3 胁迫、煽动分享（夸张言语胁迫、引诱分享）',
  shallowInteraction:
    '《微信小程序平台运营规范》5.1 滥用分享行为：无深度互动（被分享者仅访问即给分享者奖励）',
  pyramid: '《微信小程序平台运营规范》多级分销、传销类；《禁止传销条例》',
  lottery: '《规范促销行为暂行规定》有奖销售须事先公示奖项、中奖概率与金额',
  falseClaims: '《中华人民共和国反不正当竞争法》第八条（虚假或者引人误解的商业宣传）',
  marketing: '《微信小程序平台运营规范》营销与推广规范（活动规则须事先完整展示）',
  contract: 'campaign-config contract',
} as const;
