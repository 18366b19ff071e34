import { renderNotices } from '../../../scripts/merchant/render-notices';
import { aWechatNotice, aWechatWarning } from '../../src/pages/stats/stats-builders';

describe('npm run stats: WeChat’s notices first', () => {
  test('none: one sentence says so', () => {
    expect(renderNotices([])).toBe('No notices from WeChat (violation warnings or punishments).');
  });

  test('a ban: what, when, why, the rule and guide links, the pauses, how to resume', () => {
    expect(renderNotices([aWechatNotice()]).split('\n')).toEqual([
      '⚠ 1 notice(s) from WeChat, newest first',
      '',
      '1. 微信平台通知：功能封禁  违规时间 2026-03-01 10:00',
      '   违规原因：诱导分享',
      '   违规内容：分享到3个群即可领取',
      '   已封禁功能：分享 7 天',
      '   违反规则：《微信小程序平台运营规范》5.1 诱导分享 https://developers.weixin.qq.com/miniprogram/product/#_5-1',
      '   申诉及整改指引：https://developers.weixin.qq.com/miniprogram/product/guide',
      '   已自动暂停 2 个当时进行中的活动：',
      '     - 好友帮砍，保温杯 ¥1 带回家  demo-bargain  暂停中',
      '     - 3 人成团，明前龙井 ¥69  demo-group  暂停中',
      '   暂停期间不能新发起或领取，已开始的砍价、助力、拼团等照常进行到各自截止。',
      '   整改完成后逐个恢复：npm run campaign -- resume <活动 id>（云函数 campaign.resume）',
    ]);
  });

  test('a warning gives its deadline and says nothing was paused', () => {
    const text = renderNotices([aWechatWarning({ content: '', guideUrl: '' })]);
    expect(text).toContain(
      '请在 2026-03-08 10:00 前完成整改，否则将封禁功能：分享 7 天、搜索 30 天',
    );
    expect(text).toContain('警告只记录，未暂停活动');
    expect(text).not.toContain('违规内容');
    expect(text).not.toContain('申诉及整改指引');
    expect(text).not.toContain('npm run campaign -- resume');
  });
});
