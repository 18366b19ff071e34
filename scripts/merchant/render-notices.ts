// WeChat's notices (violation warnings and punishments) as text, at the top of `npm run
// stats`: the same sentences the stats page shows (src/utils/notice-text.ts).
import type { WechatNotice } from '../../cloudfunctions/contracts/notice';
import {
  noticeConsequence,
  noticePauses,
  noticeResume,
  noticeTitle,
  noticeWhen,
} from '../../src/utils/notice-text';

export function renderNotices(notices: WechatNotice[]): string {
  if (notices.length === 0) return 'No notices from WeChat (violation warnings or punishments).';
  const out = [`⚠ ${notices.length} notice(s) from WeChat, newest first`];
  notices.forEach((n, i) => {
    const pauses = noticePauses(n);
    const lines = [
      n.reason && `违规原因：${n.reason}`,
      n.content && `违规内容：${n.content}`,
      noticeConsequence(n),
      n.detailText && `处罚详情：${n.detailText}`,
      (n.ruleName || n.ruleUrl) && `违反规则：${[n.ruleName, n.ruleUrl].filter(Boolean).join(' ')}`,
      n.guideUrl && `申诉及整改指引：${n.guideUrl}`,
      pauses.summary,
      ...pauses.campaigns.map((c) => `  - ${c.title}  ${c.campaignId}  ${c.status}`),
      pauses.note,
      noticeResume(n),
    ].filter((line): line is string => Boolean(line));
    out.push('', `${i + 1}. ${noticeTitle(n)}  ${noticeWhen(n)}`, ...lines.map((l) => `   ${l}`));
  });
  return out.join('\n');
}
