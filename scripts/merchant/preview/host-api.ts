import type { FunctionResult } from '../../../cloudfunctions/contracts/result';

/** A function call refused by the host, with its typed error code. */
export class HostCallError extends Error {
  constructor(
    readonly route: string,
    readonly code: string,
    message: string,
  ) {
    super(`${route} refused: ${code} ${message}`);
  }
}

/**
 * Calls one cloud function through the local host as `persona`, the way the H5 app does,
 * and returns its data; a refusal throws, since every call a preview makes should succeed.
 */
export async function callHost<T>(
  hostUrl: string,
  name: string,
  event: { action: string; [param: string]: unknown },
  persona: string,
): Promise<T> {
  const route = `${name}.${event.action}`;
  const response = await fetch(`${hostUrl}/api/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-fission-openid': persona },
    body: JSON.stringify(event),
  });
  const result = (await response.json()) as FunctionResult<T>;
  if (!result.ok) throw new HostCallError(route, result.error.code, result.error.message);
  return result.data;
}
