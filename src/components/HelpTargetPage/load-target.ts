import type { FunctionResult } from '../../../cloudfunctions/contracts/result';

interface Started {
  startedAt: string;
}

/**
 * `?<id>=` shows that target. `?campaignId=` (the landing page's 发起) starts one, which hands
 * back the person's active one if they have it; a person who used up their starts sees their
 * latest instead of an error.
 */
export async function loadTarget<T extends Started>(
  query: { id?: string; campaignId?: string },
  calls: {
    get(id: string): Promise<FunctionResult<T>>;
    start(campaignId: string): Promise<FunctionResult<T>>;
    mine(campaignId: string): Promise<FunctionResult<T[]>>;
  },
): Promise<FunctionResult<T>> {
  if (query.id) return calls.get(query.id);
  if (!query.campaignId) {
    return { ok: false, error: { code: 'NOT_FOUND', message: 'no target id or campaignId' } };
  }
  const started = await calls.start(query.campaignId);
  if (started.ok || started.error.code !== 'START_LIMIT') return started;
  const mine = await calls.mine(query.campaignId);
  const latest = mine.ok
    ? [...mine.data].sort((a, b) => Date.parse(b.startedAt) - Date.parse(a.startedAt))[0]
    : undefined;
  return latest ? { ok: true, data: latest } : started;
}
