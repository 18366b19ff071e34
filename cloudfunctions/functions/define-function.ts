import type { z } from 'zod';
import { AppError, isAppError, type ErrorBody } from '../contracts/errors';
import { fail, ok, type FunctionResult } from '../contracts/result';
import type { Caller, Deps, Role } from './caller';

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

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max)}…` : text);

/** A UTF-16 surrogate without its other half: not a character, and not storable. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const TEXT_FAULTS = [
  { test: (t: string) => t.includes('\u0000'), says: 'text may not contain NUL characters' },
  { test: (t: string) => LONE_SURROGATE.test(t), says: 'text must be well-formed Unicode' },
] as const;

/**
 * PostgreSQL text and jsonb hold neither NUL characters nor lone surrogates: either would fail
 * deep in a statement as a bug (a 500). Refuse them at the boundary, for every function,
 * wherever they hide in the event, keys included.
 */
function findBadText(
  value: unknown,
  path: string,
  depth = 0,
): { path: string; says: string } | null {
  if (typeof value === 'string') {
    const fault = TEXT_FAULTS.find((f) => f.test(value));
    return fault ? { path, says: fault.says } : null;
  }
  if (depth > 32 || typeof value !== 'object' || value === null) return null;
  for (const [key, child] of Object.entries(value)) {
    const where = path ? `${path}.${key}` : key;
    const inKey = findBadText(key, where, depth + 1);
    if (inKey) return inKey;
    const inValue = findBadText(child, where, depth + 1);
    if (inValue) return inValue;
  }
  return null;
}

/** Issues as one short line: zod echoes unknown keys, and a caller can send huge ones. */
function describeIssues(error: z.ZodError): string {
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
        return fail({
          code: 'INVALID_INPUT',
          message: `${clip(bad.path.replace(new RegExp(LONE_SURROGATE, 'g'), '\uFFFD') || 'event', 60)}: ${bad.says}`,
        });
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
      if (isAppError(error)) return fail({ code: error.code, message: error.message });
      console.error(`[${name}] unexpected error`, error);
      return fail(internal());
    }
  };
}

function internal(): ErrorBody {
  return { code: 'INTERNAL', message: 'internal error; it has been logged' };
}

export { AppError };
