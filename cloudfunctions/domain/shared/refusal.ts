import type { ErrorCode } from '../../contracts/errors';

/** An expected "no" from a rule: returned, never thrown, so a use case decides what to do. */
export interface Refusal<C extends ErrorCode = ErrorCode> {
  ok: false;
  code: C;
}

export function refuse<C extends ErrorCode>(code: C): Refusal<C> {
  return { ok: false, code };
}
