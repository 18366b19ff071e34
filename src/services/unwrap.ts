import type { FunctionResult } from '../../cloudfunctions/contracts/result';

/** The part of a successful answer a page wants; a refusal passes through as it is. */
export function unwrap<D, T>(result: FunctionResult<D>, pick: (data: D) => T): FunctionResult<T> {
  return result.ok ? { ok: true, data: pick(result.data) } : result;
}
