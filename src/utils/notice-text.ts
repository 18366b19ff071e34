import type { CampaignStatus } from '../../cloudfunctions/contracts/campaign';
import type { PunishKind, WarnedOf, WechatNotice } from '../../cloudfunctions/contracts/notice';
import { formatChinaDateTime } from './china-time';

// What a notice from WeChat says, as sentences: the stats page and `npm run stats`
// (scripts/merchant/render-notices.ts) print the same ones, so the merchant reads one text.

export const PUNISH_KIND_NAMES: Record<PunishKind, string> = {
  warning: '违规警告',
  'function-ban': '功能封禁',
  takedown: '小程序下架',
  'account-ban': '账号封禁',
  'page-ban': '页面封禁',
  other: '违规处罚',
};

const STATUS_NAMES: Record<CampaignStatus, string> = {
  draft: '草稿',
  live: '已恢复',
  paused: '暂停中',
  ended: '已结束',
};

// A number of days as WeChat gave it (its doc does not say what 0 means, so none is guessed).
const days = (n: number | null) => (n === null ? '' : ` ${n} 天`);

const functionList = (functions: WechatNotice['functions']) =>
  functions.map((f) => `${f.name}${days(f.days)}`).join('、');

const WARNED_OF: Record<WarnedOf, (n: WechatNotice) => string> = {
  'function-ban': (n) =>
    n.functions.length > 0 ? `封禁功能：${functionList(n.functions)}` : '封禁部分功能',
  'account-ban': (n) => `封禁小程序账号${days(n.days)}`,
  takedown: (n) => `下架小程序${days(n.days)}`,
};

export const noticeTitle = (n: WechatNotice) => `微信平台通知：${PUNISH_KIND_NAMES[n.kind]}`;

/** WeChat's punish_time (its doc calls it 违规时间), or when the notice arrived if it gave none. */
export const noticeWhen = (n: WechatNotice) =>
  n.punishedAt
    ? `违规时间 ${formatChinaDateTime(n.punishedAt)}`
    : `收到时间 ${formatChinaDateTime(n.receivedAt)}`;

/** What WeChat did, or will do unless the merchant rectifies in time. */
export function noticeConsequence(n: WechatNotice): string | null {
  if (n.kind === 'warning') {
    const threat = n.warnedOf ? `，否则将${WARNED_OF[n.warnedOf](n)}` : '';
    return n.rectifyDeadline
      ? `请在 ${formatChinaDateTime(n.rectifyDeadline)} 前完成整改${threat}`
      : threat
        ? `请尽快整改${threat}`
        : null;
  }
  if (n.kind === 'function-ban') {
    return n.functions.length > 0 ? `已封禁功能：${functionList(n.functions)}` : '部分功能已被封禁';
  }
  if (n.kind === 'takedown') return '小程序已被下架';
  if (n.kind === 'account-ban') return '小程序账号已被封禁';
  if (n.kind === 'page-ban') return '部分页面已被封禁';
  return null;
}

/** One campaign a notice paused, and where it stands now. */
export interface PausedRow {
  title: string;
  campaignId: string;
  status: string;
}

/** What Fission did about it, by the merchant's setting (FISSION_AUTO_PAUSE). */
export function noticePauses(n: WechatNotice): {
  summary: string;
  campaigns: PausedRow[];
  note: string | null;
} {
  const paused = n.pausedCampaigns;
  if (paused.length > 0) {
    return {
      summary: `已自动暂停 ${paused.length} 个当时进行中的活动：`,
      campaigns: paused.map((c) => ({
        title: c.title,
        campaignId: c.campaignId,
        status: STATUS_NAMES[c.status],
      })),
      note: '暂停期间不能新发起或领取，已开始的砍价、助力、拼团等照常进行到各自截止。',
    };
  }
  const only = (summary: string) => ({ summary, campaigns: [], note: null });
  if (n.autoPause === 'off') return only('按设置（FISSION_AUTO_PAUSE=off）只记录，未暂停活动。');
  if (n.kind === 'warning' && n.autoPause === 'bans') {
    return only('警告只记录，未暂停活动（FISSION_AUTO_PAUSE=bans 在处罚时才暂停）。');
  }
  return only('收到时没有进行中的活动，未暂停任何活动。');
}

/** How to resume, while a campaign this notice paused is still paused. */
export function noticeResume(n: WechatNotice): string | null {
  const still = n.pausedCampaigns.filter((c) => c.status === 'paused');
  if (still.length === 0) return null;
  return still.length === 1
    ? `整改完成后恢复：npm run campaign -- resume ${still[0]!.campaignId}（云函数 campaign.resume）`
    : '整改完成后逐个恢复：npm run campaign -- resume <活动 id>（云函数 campaign.resume）';
}
