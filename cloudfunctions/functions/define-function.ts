import type { z } from 'zod';
import { COMMON_REFUSALS, type ActionContract, type FunctionContract } from '../contracts/contract';
import { AppError, isAppError, type ErrorBody } from '../contracts/errors';
import { fail, ok, type FunctionResult } from '../contracts/result';
import { RETRY_AFTER_SECONDS, storeFailureOf } from '../store/store-failure';
import type { Caller, Deps } from '../usecases/deps';
import { badTextMessage, clip, findBadText } from './bad-text';

export interface ActionContext {
  caller: Caller;
  deps: Deps;
}

/** How one action of a contract runs: its parsed input in, what its output schema accepts out. */
export type ActionImplementation<A extends ActionContract> = (
  input: z.output<A['input']>,
  context: ActionContext,
) => Promise<z.input<A['output']>>;

/** Every action of the contract, and nothing else: a missing or extra action fails to compile. */
export type Implementations<C extends FunctionContract> = {
  [K in keyof C['actions']]: ActionImplementation<C['actions'][K]>;
};

export type FunctionHandler = (
  event: unknown,
  caller: Caller | null,
  deps: Deps,
) => Promise<FunctionResult<unknown>>;

/** A function's handler, carrying the name its contract gives it (the registry keys on it). */
export type NamedHandler<N extends string> = FunctionHandler & { readonly functionName: N };

/**
 * Identity never comes from the event. WeChat itself adds `userInfo` to every callFunction
 * event; these keys are dropped before validation so a forged `openid` changes nothing.
 */
const IDENTITY_KEYS = [
  'userInfo',
  'openid',
  'openId',
  'OPENID',
  'unionid',
  'unionId',
  'UNIONID',
  'role',
];

/** Issues as one short line: zod echoes unknown keys, and a caller can send huge ones. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((issue) => {
      const path = issue.path.length ? issue.path.map(String).join('.') : 'event';
      return `${clip(path, 60)}: ${clip(issue.message, 160)}`;
    })
    .join('; ');
}

/**
 * One cloud function, built from its contract: `{ action, ...params }` in, `{ ok, data | error }`
 * out. Bad input, missing identity, a missing role and refused rules answer with typed errors;
 * only bugs become INTERNAL, and nothing here ever throws.
 */
export function defineFunction<C extends FunctionContract>(
  contract: C,
  implementations: Implementations<C>,
): NamedHandler<C['name']> {
  const name = contract.name;
  const actions = contract.actions as Record<string, ActionContract>;
  const runs = implementations as Record<string, ActionImplementation<ActionContract>>;
  const handler = async (event: unknown, caller: Caller | null, deps: Deps) => {
    let definition: ActionContract | undefined;
    let action = '';
    try {
      if (typeof event !== 'object' || event === null || Array.isArray(event)) {
        return fail({ code: 'INVALID_INPUT', message: 'the event must be an object' });
      }
      const { action: named, ...rest } = event as Record<string, unknown>;
      if (typeof named !== 'string') {
        return fail({ code: 'INVALID_INPUT', message: 'action: a string is required' });
      }
      action = named;
      definition = Object.hasOwn(actions, action) ? actions[action] : undefined;
      const run = Object.hasOwn(runs, action) ? runs[action] : undefined;
      if (!definition || !run) {
        return fail({
          code: 'UNKNOWN_ACTION',
          message: `${name} has no action "${action.slice(0, 40)}" (known: ${Object.keys(actions).join(', ')})`,
        });
      }
      if (!caller) return fail({ code: 'UNAUTHENTICATED', message: 'no caller identity' });
      if (definition.role && caller.role !== definition.role) {
        return fail({
          code: 'FORBIDDEN',
          message: `${name}.${action} needs the ${definition.role} role`,
        });
      }
      for (const key of IDENTITY_KEYS) delete rest[key];
      const bad = findBadText(rest, '');
      if (bad !== null) {
        return fail({ code: 'INVALID_INPUT', message: badTextMessage(bad) });
      }
      const input = definition.input.safeParse(rest);
      if (!input.success)
        return fail({ code: 'INVALID_INPUT', message: describeIssues(input.error) });

      const data = await run(input.data, { caller, deps });
      const output = definition.output.safeParse(data);
      if (!output.success) {
        console.error(
          `[${name}.${action}] output broke its contract: ${describeIssues(output.error)}`,
        );
        return fail(internal());
      }
      return ok(output.data);
    } catch (error) {
      if (definition && isAppError(error) && !isDeclared(definition, error)) {
        return undeclaredRefusal(`${name}.${action}`, error);
      }
      return failureOf(name, error);
    }
  };
  return Object.assign(handler, { functionName: contract.name });
}

function isDeclared(definition: ActionContract, error: AppError): boolean {
  return (
    (COMMON_REFUSALS as readonly string[]).includes(error.code) ||
    definition.refusals.includes(error.code)
  );
}

/**
 * A refusal the action's contract does not list: the client was never told to expect it. In
 * the tests (`FISSION_STRICT_CONTRACTS=1`) that is a bug like a broken output, and answers
 * INTERNAL so the test that reached it fails; in production the shopper still gets the real
 * refusal, and the log says which contract to complete.
 */
function undeclaredRefusal(where: string, error: AppError): FunctionResult<never> {
  if (process.env.FISSION_STRICT_CONTRACTS === '1') {
    console.error(`[${where}] refused with ${error.code}, which its contract does not declare`);
    return fail(internal());
  }
  console.warn(`[${where}] refused with ${error.code}, which its contract does not declare`);
  return fail({ code: error.code, message: error.message });
}

/**
 * What a thrown error answers: an AppError its own code, a database bound or outage BUSY or
 * UNAVAILABLE (retryable, nothing changed), anything else — a bug — INTERNAL, logged.
 */
export function failureOf(name: string, error: unknown): FunctionResult<never> {
  if (isAppError(error)) return fail({ code: error.code, message: error.message });
  const failure = storeFailureOf(error);
  if (failure) {
    console.warn(`[${name}] ${failure}: ${(error as Error).message}`);
    return fail({
      code: failure,
      message: STORE_FAILURE_MESSAGES[failure],
      retryAfterSeconds: RETRY_AFTER_SECONDS[failure],
    });
  }
  console.error(`[${name}] unexpected error`, error);
  return fail(internal());
}

const STORE_FAILURE_MESSAGES = {
  BUSY: 'the database is busy (a wait ran past its bound); nothing was changed, retry shortly',
  UNAVAILABLE: 'the database is unavailable; nothing was changed, retry shortly',
} as const;

function internal(): ErrorBody {
  return { code: 'INTERNAL', message: 'internal error; it has been logged' };
}

export { AppError };
