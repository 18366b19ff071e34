import type { AutoPause } from '../../contracts/notice';
import type { PunishEvent } from '../../contracts/push';
import { pausesCampaigns } from '../../domain/notice/decide-auto-pause';
import { punishKindOf } from '../../domain/notice/punish-kind';
import { readPunishDetail } from '../../domain/notice/read-punish-detail';
import type { Deps } from '../deps';
import { pauseEveryLiveCampaign } from '../campaign/pause-every-live-campaign';

export interface RecordedNotice {
  punishId: string;
  replayed: boolean;
  pausedCampaignIds: string[];
}

const seconds = (s: number | undefined) => (s ? new Date(s * 1000) : null);

/**
 * A violation notice from WeChat, recorded once by its punish_id, and — when the merchant's
 * setting says so — every live campaign paused, in one transaction: the notice and its pauses
 * commit together or not at all. The insert claims the punish_id first; a re-push (or a
 * concurrent duplicate, which waits on the key) finds it taken and changes nothing, answering
 * what the first push paused.
 */
export async function recordNotice(
  input: { event: PunishEvent; raw: Record<string, unknown>; autoPause: AutoPause },
  { store, clock }: Deps,
): Promise<RecordedNotice> {
  const { event, raw, autoPause } = input;
  const now = clock();
  const detail = readPunishDetail(event.event_type, event.detail);
  const pause = pausesCampaigns(punishKindOf(event.event_type), autoPause);
  return store.transaction(async (tx) => {
    const claimed = await tx.query(
      `insert into wechat_notice
         (punish_id, event_type, appid, punished_at, illegal_reason, illegal_content, rule_name,
          rule_url, adjust_guide_url, detail, warned_type, rectify_deadline, functions, ban_days,
          detail_text, raw_event, received_at, auto_pause)
       values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)
       on conflict (punish_id) do nothing
       returning punish_id`,
      [
        event.punish_id,
        event.event_type,
        event.appid ?? '',
        seconds(event.punish_time),
        event.illegal_reason ?? '',
        event.illegal_content ?? '',
        event.rule_name ?? '',
        event.rule_url ?? '',
        event.adjust_guide_url ?? '',
        detail.parsed === null ? null : JSON.stringify(detail.parsed),
        detail.warnedType,
        detail.rectifyDeadline,
        JSON.stringify(detail.functions),
        detail.days,
        detail.unread,
        JSON.stringify(raw),
        now,
        autoPause,
      ],
    );
    if (claimed.length === 0) {
      const [first] = await tx.query<{ paused_campaign_ids: string[] }>(
        'select paused_campaign_ids from wechat_notice where punish_id = $1',
        [event.punish_id],
      );
      return {
        punishId: event.punish_id,
        replayed: true,
        pausedCampaignIds: first?.paused_campaign_ids ?? [],
      };
    }
    const paused = pause ? await pauseEveryLiveCampaign(tx, now) : [];
    if (paused.length > 0) {
      await tx.query('update wechat_notice set paused_campaign_ids = $2 where punish_id = $1', [
        event.punish_id,
        paused,
      ]);
    }
    return { punishId: event.punish_id, replayed: false, pausedCampaignIds: paused };
  });
}
