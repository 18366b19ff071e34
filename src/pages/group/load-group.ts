import type { GroupView } from '../../../cloudfunctions/contracts/group';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import { getGroup } from '../../services/group';
import { withShareToken } from '../../utils/share-path';

export const GROUP_PAGE = '/pages/group/index';

export function groupUrl(groupId: string): string {
  return `${GROUP_PAGE}?groupId=${encodeURIComponent(groupId)}`;
}

/** A share card opens this group with the sharer's token, so a friend's join is credited. */
export function groupSharePath(groupId: string, token: string | null): string {
  return withShareToken(groupUrl(groupId), token);
}

export async function loadGroup(groupId: string | undefined): Promise<FunctionResult<GroupView>> {
  if (!groupId) return { ok: false, error: { code: 'NOT_FOUND', message: 'no groupId' } };
  const result = await getGroup(groupId);
  return result.ok ? { ok: true, data: result.data.group } : result;
}
