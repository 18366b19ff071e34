import type { ErrorBody } from './errors';

/** What every cloud function answers, in WeChat and through the local host alike. */
export type FunctionResult<T> = { ok: true; data: T } | { ok: false; error: ErrorBody };

export function ok<T>(data: T): FunctionResult<T> {
  return { ok: true, data };
}

export function fail(error: ErrorBody): FunctionResult<never> {
  return { ok: false, error };
}
