// Builders for bargain, assist and invite views as the functions answer them. Each is
// consistent by construction: prices and helpers follow from `helpsDone`.
import type { AssistView } from '../../../cloudfunctions/contracts/assist';
import type { BargainView } from '../../../cloudfunctions/contracts/bargain';
import type { Viewer } from '../../../cloudfunctions/contracts/help';
import type {
  InviteLeaderboardResult,
  InviteProgressResult,
} from '../../../cloudfunctions/contracts/invite';
import { targetCampaignOf } from '../../../cloudfunctions/usecases/campaign/target-campaign';
import { aBargainCampaign, anAssistCampaign } from './campaign-builders';

export const SERVER_NOW = '2026-11-23T08:00:00.000Z';
const HOUR_MS = 3_600_000;

/** The initiator's own cut first, then ten friends' cuts: 9900 → 100 in exactly 10 helps. */
export const SCHEDULE = [1500, 1800, 1500, 1200, 1000, 800, 600, 500, 400, 300, 200];

export const initiator: Viewer = {
  isInitiator: true,
  hasHelped: false,
  canHelp: false,
  helpRefusal: 'SELF_HELP',
  canRestart: false,
  restartRefusal: null,
};

export const friend: Viewer = {
  isInitiator: false,
  hasHelped: false,
  canHelp: true,
  helpRefusal: null,
  canRestart: false,
  restartRefusal: null,
};

export function refusedFriend(code: NonNullable<Viewer['helpRefusal']>): Viewer {
  return {
    isInitiator: false,
    hasHelped: code === 'ALREADY_HELPED',
    canHelp: false,
    helpRefusal: code,
    canRestart: false,
    restartRefusal: null,
  };
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

function helpedAt(i: number): string {
  return new Date(Date.parse(SERVER_NOW) - (10 - i) * 60_000).toISOString();
}

export function aBargainView(
  overrides: Partial<BargainView> & { helpsDone?: number } = {},
): BargainView {
  const helpsDone = overrides.helpsDone ?? 3;
  const done = SCHEDULE.slice(0, helpsDone + 1);
  return {
    id: 'brg_0000000000000001',
    campaignId: 'demo-bargain',
    status: helpsDone >= 10 ? 'completed' : 'active',
    priceFen: 9900,
    floorFen: 100,
    currentFen: 9900 - sum(done),
    helpsNeeded: 10,
    helpsDone,
    startedAt: '2026-11-23T06:00:00.000Z',
    endsAt: new Date(Date.parse(SERVER_NOW) + 2 * HOUR_MS).toISOString(),
    completedAt: null,
    schedule: SCHEDULE,
    initiatorCutFen: SCHEDULE[0]!,
    nextCutFen: SCHEDULE[helpsDone + 1] ?? null,
    initiatorName: '王*',
    helpers: SCHEDULE.slice(1, helpsDone + 1).map((cutFen, i) => ({
      name: `好${'*'.repeat(i % 3)}`,
      avatarUrl: null,
      cutFen,
      helpedAt: helpedAt(i),
    })),
    viewer: initiator,
    reward: null,
    campaign: targetCampaignOf(aBargainCampaign()),
    serverNow: SERVER_NOW,
    ...overrides,
  };
}

export function anAssistView(
  overrides: Partial<AssistView> & { helpsDone?: number } = {},
): AssistView {
  const helpsDone = overrides.helpsDone ?? 2;
  return {
    id: 'ast_0000000000000001',
    campaignId: 'demo-assist',
    status: helpsDone >= 5 ? 'completed' : 'active',
    helpsNeeded: 5,
    helpsDone,
    startedAt: '2026-11-23T06:00:00.000Z',
    endsAt: new Date(Date.parse(SERVER_NOW) + 2 * HOUR_MS).toISOString(),
    completedAt: null,
    initiatorName: '王*',
    helpers: Array.from({ length: helpsDone }, (_, i) => ({
      name: `好友${i + 1}`.replace(/.$/, '*'),
      avatarUrl: null,
      helpedAt: helpedAt(i),
    })),
    viewer: initiator,
    reward: null,
    campaign: targetCampaignOf(anAssistCampaign()),
    serverNow: SERVER_NOW,
    ...overrides,
  };
}

const zeroes = { arrived: 0, helped: 0, started: 0, ordered: 0, coupon_used: 0 };

export function anInviteProgress(
  overrides: Partial<InviteProgressResult> = {},
): InviteProgressResult {
  return {
    counted: { ...zeroes },
    pending: { ...zeroes },
    recent: [],
    level: {
      level: 1,
      name: '新手分享官',
      xp: 0,
      pendingXp: 0,
      nextLevel: { level: 2, name: '分享达人', minXp: 100 },
      progress: 0,
    },
    perks: { unlocked: [], next: [] },
    rank: null,
    ...overrides,
  };
}

export function aLeaderboard(
  overrides: Partial<InviteLeaderboardResult> = {},
): InviteLeaderboardResult {
  return {
    period: 'week',
    since: '2026-11-22T16:00:00.000Z',
    entries: [
      { rank: 1, name: '李*', xp: 320, isMe: false },
      { rank: 2, name: '张**', xp: 180, isMe: false },
      { rank: 3, name: 'u*', xp: 90, isMe: true },
    ],
    me: { rank: 3, xp: 90 },
    ...overrides,
  };
}
