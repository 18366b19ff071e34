import Taro from '@tarojs/taro';
import type {
  ActionInput,
  ActionName,
  ActionOutput,
} from '../../cloudfunctions/contracts/contract';
import type { ErrorBody } from '../../cloudfunctions/contracts/errors';
import type { FunctionContracts, FunctionName } from '../../cloudfunctions/contracts/functions';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { getPersona } from './persona';

export type { FunctionName };

interface FunctionEvent {
  action: string;
  [param: string]: unknown;
}

type ContractOf<F extends FunctionName> = FunctionContracts[F];

/**
 * Calls one action of one cloud function, typed by its contract: a misspelt function or
 * action, a missing or wrong field fails to compile, and the answer has the action's output
 * type. The contracts are imported as types only, so no schema reaches the bundle.
 */
export function call<F extends FunctionName, A extends ActionName<ContractOf<F>>>(
  name: F,
  action: A,
  input: ActionInput<ContractOf<F>, A>,
): Promise<FunctionResult<ActionOutput<ContractOf<F>, A>>> {
  return callFunction<ActionOutput<ContractOf<F>, A>>(name, { ...(input as object), action });
}

/** Header the local host reads as the caller's identity (the dev persona). */
export const PERSONA_HEADER = 'x-fission-openid';

export const NETWORK_ERROR: ErrorBody = { code: 'INTERNAL', message: '网络异常，请稍后重试' };
export const BAD_RESPONSE_ERROR: ErrorBody = { code: 'INTERNAL', message: '服务异常，请稍后重试' };

/**
 * Calls one cloud function and always resolves. Expected failures already come back as
 * `{ ok: false }` from the server; transport failures (offline, timeout, a proxy's HTML error
 * page, a crashed function) are folded into the same shape with code INTERNAL, so every caller
 * handles one result type instead of a result plus a rejection. Nothing here throws.
 */
function callFunction<T>(name: FunctionName, event: FunctionEvent): Promise<FunctionResult<T>> {
  // TARO_ENV is inlined at build time, so each bundle keeps only its own transport. Not an
  // async function on purpose: inside regenerator's state machine the minifier cannot drop
  // the dead branch, and the weapp bundle would carry the fetch transport.
  return process.env.TARO_ENV === 'weapp' ? callCloud<T>(name, event) : callHttp<T>(name, event);
}

async function callCloud<T>(name: FunctionName, event: FunctionEvent): Promise<FunctionResult<T>> {
  try {
    const res = await Taro.cloud.callFunction({ name, data: event });
    return asResult<T>(res.result) ?? { ok: false, error: BAD_RESPONSE_ERROR };
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
}

function callHttp<T>(name: FunctionName, event: FunctionEvent): Promise<FunctionResult<T>> {
  return postAsPersona<T>(`/api/${name}`, event);
}

/**
 * H5 only: POSTs JSON to one of the local host's endpoints as the current persona and reads
 * a FunctionResult back, folding transport failures in as callFunction does.
 */
export async function postAsPersona<T>(url: string, body: object): Promise<FunctionResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', [PERSONA_HEADER]: getPersona() },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, error: NETWORK_ERROR };
  }
  // Typed errors arrive with 4xx statuses but still carry a FunctionResult body.
  try {
    return asResult<T>(await response.json()) ?? { ok: false, error: BAD_RESPONSE_ERROR };
  } catch {
    return { ok: false, error: BAD_RESPONSE_ERROR };
  }
}

function asResult<T>(value: unknown): FunctionResult<T> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const candidate = value as { ok?: unknown; data?: unknown; error?: unknown };
  if (candidate.ok === true && 'data' in candidate) return value as FunctionResult<T>;
  if (candidate.ok === false && isErrorBody(candidate.error)) return value as FunctionResult<T>;
  return undefined;
}

function isErrorBody(value: unknown): value is ErrorBody {
  if (typeof value !== 'object' || value === null) return false;
  const { code, message } = value as { code?: unknown; message?: unknown };
  return typeof code === 'string' && typeof message === 'string';
}
