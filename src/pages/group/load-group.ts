import type { GroupView } from '../../../cloudfunctions/contracts/group';
import type { FunctionResult } from '../../../cloudfunctions/contracts/result';
import { getGroup } from '../../services/group';

export async function loadGroup(groupId: string | undefined): Promise<FunctionResult<GroupView>> {
  if (!groupId) return { ok: false, error: { code: 'NOT_FOUND', message: 'no groupId' } };
  const result = await getGroup(groupId);
  return result.ok ? { ok: true, data: result.data.group } : result;
}
