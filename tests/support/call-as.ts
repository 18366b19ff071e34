import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import type { Caller } from '../../cloudfunctions/usecases/deps';
import { functionHandlers, type FunctionName } from '../../cloudfunctions/functions/registry';
import type { Harness } from './harness';

export interface CallerAs {
  openid: string;
  role?: Caller['role'];
  /** The IP WeChat reports for the caller: the fraud rules read it, the harness leaves it out. */
  clientIp?: string;
}

/** Like `h.call`, with the whole trusted context (the client IP included) under test control. */
export async function callAs<T = unknown>(
  h: Harness,
  name: FunctionName,
  event: unknown,
  { openid, role = 'shopper', clientIp }: CallerAs,
): Promise<FunctionResult<T>> {
  const caller: Caller = clientIp === undefined ? { openid, role } : { openid, role, clientIp };
  return functionHandlers[name](event, caller, h.deps) as Promise<FunctionResult<T>>;
}

/** Like callAs, but fails the test on `ok: false` and returns the data. */
export async function okAs<T = Record<string, any>>(
  h: Harness,
  name: FunctionName,
  event: unknown,
  caller: CallerAs,
): Promise<T> {
  const result = await callAs<T>(h, name, event, caller);
  if (!result.ok)
    throw new Error(
      `${name} ${JSON.stringify(event)} as ${caller.openid}: ${result.error.code} ${result.error.message}`,
    );
  return result.data;
}
