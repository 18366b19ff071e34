import type { z } from 'zod';
import { AppError, isAppError, type ErrorBody } from '../contracts/errors';
import { fail, ok, type FunctionResult } from '../contracts/result';
import { RETRY_AFTER_SECONDS, storeFailureOf } from '../store/store-failure';
import { badTextMessage, clip, findBadText } from './bad-text';
import type { Caller, Deps, Role } from '../usecases/deps';

export interface ActionContext {
  caller: Caller;
  deps: Deps;
}

export interface ActionDefinition<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  /** Only callers with this role may run the action. */
  role?: Role;
  run(input: z.output<I>, context: ActionContext): Promise<z.input<O>>;
}

export type FunctionHandler = (
  event: unknown,
  caller: Caller | null,
  deps: Deps,
) => Promise<FunctionResult<unknown>>;

/** Lets each action's `run` be checked against its own input and output schemas. */
export function defineAction<I extends z.ZodType, O extends z.ZodType>(
  definition: ActionDefinition<I, O>,
): ActionDefinition<I, O> {
  return definition;
}

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
 * One cloud function: `{ action, ...params }` in, `{ ok, data | error }` out. Bad input,
 * missing identity, a missing role and refused rules answer with typed errors; only bugs
 * become INTERNAL, and nothing here ever throws.
 */
export function defineFunction(
  name: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  actions: Record<string, ActionDefinition<any, any>>,
): FunctionHandler {
  return async (event, caller, deps) => {
    try {
      if (typeof event !== 'object' || event === null || Array.isArray(event)) {
        return fail({ code: 'INVALID_INPUT', message: 'the event must be an object' });
      }
      const { action, ...rest } = event as Record<string, unknown>;
      if (typeof action !== 'string') {
        return fail({ code: 'INVALID_INPUT', message: 'action: a string is required' });
      }
      const definition = Object.hasOwn(actions, action) ? actions[action] : undefined;
      if (!definition) {
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

      const data = await definition.run(input.data, { caller, deps });
      const output = definition.output.safeParse(data);
      if (!output.success) {
        console.error(
          `[${name}.${action}] output broke its contract: ${describeIssues(output.error)}`,
        );
        return fail(internal());
      }
      return ok(output.data);
    } catch (error) {
      return failureOf(name, error);
    }
  };
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
