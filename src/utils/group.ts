import type { GroupView } from '../../cloudfunctions/contracts/group';

type GroupCounts = Pick<GroupView, 'status' | 'size' | 'members' | 'holding'>;

/** People still to pay before the group forms: seats held for someone paying count as open. */
export function peopleShort(group: Pick<GroupView, 'size' | 'members'>): number {
  return Math.max(0, group.size - group.members.length);
}

/** "还差 2 人成团" while open, "已成团" or "未成团" once settled. */
export function groupProgressText(group: GroupCounts): string {
  if (group.status === 'completed') return '已成团';
  if (group.status === 'failed') return '未成团';
  return `还差 ${peopleShort(group)} 人成团`;
}

/** "1 人正在支付", or null when no seat is held. */
export function payingText(group: GroupCounts): string | null {
  return group.status === 'open' && group.holding > 0 ? `${group.holding} 人正在支付` : null;
}

/** What happens to a group still short of people at its deadline, said before anyone pays. */
export function onShortText(onShort: GroupView['onShort']): string {
  return onShort === 'complete' ? '到期未满员也按已付款人数成团' : '到期未满员将自动退款';
}
