import type { FunctionHandler } from './define-function';
import { campaignFunction } from './campaign/handler';

/** Every deployable function by name: the host serves each at POST /api/<name>. */
export const functionHandlers = {
  campaign: campaignFunction,
} satisfies Record<string, FunctionHandler>;

export type FunctionName = keyof typeof functionHandlers;

export function isFunctionName(name: string): name is FunctionName {
  return Object.hasOwn(functionHandlers, name);
}
