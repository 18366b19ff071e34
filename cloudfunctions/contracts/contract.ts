import type * as z from 'zod';
import type { ErrorCode } from './errors';

/** Who may call an action: every signed-in shopper, or only the merchant's configured openids. */
export type Role = 'shopper' | 'merchant';

/**
 * Codes any action may answer with, whatever it does: bad input, identity and role, a bug,
 * and the store's bounds. They are not repeated in each action's `refusals`.
 */
export const COMMON_REFUSALS = [
  'INVALID_INPUT',
  'UNKNOWN_ACTION',
  'UNKNOWN_FUNCTION',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'INTERNAL',
  'BUSY',
  'UNAVAILABLE',
] as const satisfies readonly ErrorCode[];

export type CommonRefusal = (typeof COMMON_REFUSALS)[number];

/** One action of a cloud function: what it takes, what it answers, and how it may say no. */
export interface ActionContract {
  input: z.ZodType;
  output: z.ZodType;
  /** The rule refusals this action may answer with, beyond COMMON_REFUSALS. */
  refusals: readonly ErrorCode[];
  /** Only callers with this role may run it; every shopper when absent. */
  role?: Role;
}

/**
 * One cloud function, the single definition both ends compile against: the server's
 * `defineFunction` must implement every action with these schemas, and the client's `call`
 * takes each action's input and returns its output, by type.
 */
export interface FunctionContract<
  N extends string = string,
  A extends Record<string, ActionContract> = Record<string, ActionContract>,
> {
  name: N;
  actions: A;
}

export function defineContract<
  const N extends string,
  const A extends Record<string, ActionContract>,
>(name: N, actions: A): FunctionContract<N, A> {
  return { name, actions };
}

export type ActionName<C extends FunctionContract> = keyof C['actions'] & string;

/** What a caller sends (before defaults are applied). */
export type ActionInput<C extends FunctionContract, A extends ActionName<C>> = z.input<
  C['actions'][A]['input']
>;

/** What a caller receives. */
export type ActionOutput<C extends FunctionContract, A extends ActionName<C>> = z.output<
  C['actions'][A]['output']
>;

/** Every code the action may answer with. */
export type ActionRefusal<C extends FunctionContract, A extends ActionName<C>> =
  C['actions'][A]['refusals'][number] | CommonRefusal;
