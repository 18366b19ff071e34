import type { CampaignConfig } from '../../contracts/campaign-config';
import type { Finding } from './finding';
import { SOURCES } from './sources';

const chinaTime = (iso: string) =>
  new Date(Date.parse(iso) + 8 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');

/**
 * What the config's dates mean today: one that already ended would go live as ended (no new
 * starts or claims), which is never what a merchant checking it meant. A warning, not an
 * error: an ended campaign's config is still a valid record.
 */
export function scheduleFindings(config: CampaignConfig, now: Date): Finding[] {
  if (!config.endsAt || Date.parse(config.endsAt) > now.getTime()) return [];
  return [
    {
      ruleId: 'ends-in-past',
      severity: 'warning',
      path: ['endsAt'],
      message: `结束时间 ${chinaTime(config.endsAt)}（北京时间）已经过去：上线后不能再发起或领取。`,
      source: SOURCES.contract,
      rewrite: '把 endsAt 改到未来的时间，或去掉 endsAt（不设结束时间）。',
    },
  ];
}
