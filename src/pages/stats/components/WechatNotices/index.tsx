import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import type { WechatNotice } from '../../../../../cloudfunctions/contracts/notice';
import {
  noticeConsequence,
  noticePauses,
  noticeResume,
  noticeTitle,
  noticeWhen,
} from '../../../../utils/notice-text';
import './index.scss';

export interface WechatNoticesProps {
  notices: WechatNotice[];
}

/**
 * WeChat's own warnings and punishments, above everything else on the page: what WeChat said,
 * when, the rule, the deadline, and which campaigns were paused. The rule and the guide are
 * WeChat pages a mini-program cannot open (web-view takes only the merchant's own domains),
 * so their links are copied to open in a browser. Nothing received, nothing drawn.
 */
export function WechatNotices({ notices }: WechatNoticesProps) {
  if (notices.length === 0) return null;
  const copy = (data: string, what: string) =>
    void Taro.setClipboardData({ data }).then(() =>
      Taro.showToast({ title: `${what}已复制`, icon: 'none' }),
    );
  return (
    <View className="wechat-notices" data-testid="wechat-notices">
      {notices.map((n) => {
        const consequence = noticeConsequence(n);
        const resume = noticeResume(n);
        const pauses = noticePauses(n);
        return (
          <View
            key={n.punishId}
            className={`wechat-notice wechat-notice--${n.kind === 'warning' ? 'warning' : 'punishment'}`}
            data-testid="wechat-notice"
          >
            <Text className="wechat-notice__title" data-testid="notice-title">
              {noticeTitle(n)}
            </Text>
            <Text className="wechat-notice__when" data-testid="notice-when">
              {noticeWhen(n)}
            </Text>
            {n.reason && (
              <Text className="wechat-notice__line" data-testid="notice-reason">
                {`违规原因：${n.reason}`}
              </Text>
            )}
            {n.content && (
              <Text className="wechat-notice__line" data-testid="notice-content">
                {`违规内容：${n.content}`}
              </Text>
            )}
            {consequence && (
              <Text className="wechat-notice__consequence" data-testid="notice-consequence">
                {consequence}
              </Text>
            )}
            {n.detailText && (
              <Text className="wechat-notice__line" data-testid="notice-detail">
                {`处罚详情：${n.detailText}`}
              </Text>
            )}
            {n.ruleName && (
              <Text className="wechat-notice__line" data-testid="notice-rule">
                {`违反规则：${n.ruleName}`}
              </Text>
            )}
            <View className="wechat-notice__links">
              {n.ruleUrl && (
                <Text
                  className="wechat-notice__link"
                  data-testid="notice-copy-rule"
                  onClick={() => copy(n.ruleUrl, '规则链接')}
                >
                  复制规则链接
                </Text>
              )}
              {n.guideUrl && (
                <Text
                  className="wechat-notice__link"
                  data-testid="notice-copy-guide"
                  onClick={() => copy(n.guideUrl, '申诉及整改指引链接')}
                >
                  复制申诉及整改指引
                </Text>
              )}
            </View>
            <View className="wechat-notice__pauses" data-testid="notice-pauses">
              <Text className="wechat-notice__pauses-summary">{pauses.summary}</Text>
              {pauses.campaigns.map((c) => (
                <View
                  key={c.campaignId}
                  className="wechat-notice__paused"
                  data-testid="notice-paused"
                >
                  <Text className="wechat-notice__paused-title">{c.title}</Text>
                  <Text className="wechat-notice__paused-id">{`${c.campaignId} · ${c.status}`}</Text>
                </View>
              ))}
              {pauses.note && <Text className="wechat-notice__pauses-note">{pauses.note}</Text>}
            </View>
            {resume && (
              <Text className="wechat-notice__resume" data-testid="notice-resume">
                {resume}
              </Text>
            )}
          </View>
        );
      })}
    </View>
  );
}
