import type { AutoPause, WechatNotice } from '../../contracts/notice';
import type { CampaignStatus } from '../../contracts/campaign';
import { punishKindOf, warnedOfType } from '../../domain/notice/punish-kind';
import type { Deps } from '../deps';

interface NoticeRow {
  punish_id: string;
  event_type: number;
  punished_at: Date | null;
  received_at: Date;
  illegal_reason: string;
  illegal_content: string;
  rule_name: string;
  rule_url: string;
  adjust_guide_url: string;
  warned_type: number | null;
  rectify_deadline: Date | null;
  functions: { name: string; days: number | null }[];
  ban_days: number | null;
  detail_text: string | null;
  auto_pause: AutoPause;
  paused: { campaignId: string; title: string; status: CampaignStatus }[];
}

export const DEFAULT_NOTICE_LIMIT = 20;

/**
 * The latest notices from WeChat, newest first, for the merchant: each with the campaigns it
 * paused and where those stand now, so a campaign already resumed is not shown as paused.
 */
export async function listNotices(
  input: { limit?: number },
  { store }: Deps,
): Promise<WechatNotice[]> {
  const rows = await store.query<NoticeRow>(
    `select n.punish_id, n.event_type, n.punished_at, n.received_at, n.illegal_reason,
            n.illegal_content, n.rule_name, n.rule_url, n.adjust_guide_url, n.warned_type,
            n.rectify_deadline, n.functions, n.ban_days, n.detail_text, n.auto_pause,
            coalesce((select json_agg(json_build_object('campaignId', c.id,
                                                        'title', c.config ->> 'title',
                                                        'status', c.status)
                                      order by c.id)
                        from campaign c where c.id = any(n.paused_campaign_ids)),
                     '[]'::json) as paused
       from wechat_notice n
      order by n.received_at desc, n.punish_id
      limit $1`,
    [input.limit ?? DEFAULT_NOTICE_LIMIT],
  );
  return rows.map((r) => ({
    punishId: r.punish_id,
    kind: punishKindOf(r.event_type),
    eventType: r.event_type,
    punishedAt: r.punished_at ? r.punished_at.toISOString() : null,
    receivedAt: r.received_at.toISOString(),
    reason: r.illegal_reason,
    content: r.illegal_content,
    ruleName: r.rule_name,
    ruleUrl: r.rule_url,
    guideUrl: r.adjust_guide_url,
    warnedOf: r.event_type === 1 ? warnedOfType(r.warned_type) : null,
    rectifyDeadline: r.rectify_deadline ? r.rectify_deadline.toISOString() : null,
    functions: r.functions,
    days: r.ban_days,
    detailText: r.detail_text,
    autoPause: r.auto_pause,
    pausedCampaigns: r.paused,
  }));
}
