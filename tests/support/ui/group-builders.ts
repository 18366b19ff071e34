// Builders for groups as the `group` function answers them. Consistent by construction:
// members, held seats and seats left follow from `paid`, `holding` and `size`.
import type { GroupView } from '../../../cloudfunctions/contracts/group';
import { targetCampaignOf } from '../../../cloudfunctions/usecases/campaign/target-campaign';
import { aGroupCampaign } from './campaign-builders';
import { SERVER_NOW } from './help-builders';

export const GROUP_ID = 'grp_0000000000000001';
export const GROUP_ORDER_ID = 'ord-group-0001';
const MINUTE_MS = 60_000;

const at = (minutesFromNow: number) =>
  new Date(Date.parse(SERVER_NOW) + minutesFromNow * MINUTE_MS).toISOString();

export type GroupViewer = GroupView['viewer'];

/** Someone with no seat who may join: a friend opening a shared card. */
export function aGroupViewer(overrides: Partial<GroupViewer> = {}): GroupViewer {
  return {
    isLeader: false,
    seat: null,
    holdUntil: null,
    orderId: null,
    canJoin: true,
    joinRefusal: null,
    ...overrides,
  };
}

/** Joined and paying: the seat waits 15 minutes (server clock) for the payment. */
export function heldSeat(overrides: Partial<GroupViewer> = {}): GroupViewer {
  return aGroupViewer({ seat: 'held', holdUntil: at(15), canJoin: false, ...overrides });
}

export function paidSeat(overrides: Partial<GroupViewer> = {}): GroupViewer {
  return aGroupViewer({ seat: 'paid', orderId: GROUP_ORDER_ID, canJoin: false, ...overrides });
}

export function refusedViewer(code: NonNullable<GroupViewer['joinRefusal']>): GroupViewer {
  return aGroupViewer({ canJoin: false, joinRefusal: code });
}

export function aGroupView(overrides: Partial<GroupView> & { paid?: number } = {}): GroupView {
  const { paid = 1, ...rest } = overrides;
  const size = rest.size ?? 3;
  const holding = rest.holding ?? 0;
  const status = rest.status ?? 'open';
  return {
    id: GROUP_ID,
    campaignId: 'demo-group',
    status,
    size,
    members: Array.from({ length: paid }, (_, i) => ({
      name: i === 0 ? '王*' : `好${'*'.repeat(i)}`,
      avatarUrl: null,
      isLeader: i === 0,
      paidAt: at(-30 + i),
    })),
    holding,
    seatsLeft: status === 'open' ? Math.max(0, size - paid - holding) : 0,
    groupPriceFen: 4900,
    originalPriceFen: 9900,
    onShort: 'fail',
    leaderName: '王*',
    openedAt: at(-60),
    endsAt: at(120),
    settledAt: status === 'open' ? null : at(-1),
    viewer: aGroupViewer(),
    campaign: targetCampaignOf(aGroupCampaign()),
    serverNow: SERVER_NOW,
    ...rest,
  };
}
