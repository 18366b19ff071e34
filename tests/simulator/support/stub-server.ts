// The server behind a simulator test's page: `wx.cloud.callFunction` answered from a table of
// `name.action` → answer, every call recorded. One per test file:
//
//   let bargain: BargainView | undefined;
//   const server = stubServer({ 'bargain.get': () => bargain && { ok: true, data: { bargain } } });
//
// An answer that returns undefined (or a route with no answer) is NOT_FOUND, as for a target
// that does not exist.
import { type CallFunctionParams, launchApp } from './load-weapp';

/** What `name.action` answers to the call's data; undefined for NOT_FOUND. */
export type Answer = (data: CallFunctionParams['data']) => unknown;

export type Answers = Record<string, Answer>;

export interface StubServer {
  /** Every call the page made in this test, in order. */
  readonly calls: CallFunctionParams[];
  /** The calls as `name.action`, in order. */
  routes(): string[];
  /** How many calls have been answered (a held one is not, yet). */
  readonly answered: number;
  /** Answers for this test only, over the file's (forgotten after the test). */
  serve(answers: Answers): void;
  /** Parks every call from now on, unanswered, until release(). */
  hold(): void;
  /** The release of each parked call. */
  readonly held: Array<() => void>;
  /** Answers the parked calls and stops holding. */
  release(): void;
}

/** invite.share's answer: the token a page puts on its share card. */
export const INVITE_SHARE = {
  ok: true,
  data: { token: 'AbCdEfGh1234', path: '/pages/landing/index?token=AbCdEfGh1234' },
};

/**
 * Launches the weapp build with this server behind it (before all tests of the file) and
 * forgets the calls, holds and per-test answers before each test.
 */
export function stubServer(answers: Answers = {}): StubServer {
  const calls: CallFunctionParams[] = [];
  let served: Answers = {};
  let answered = 0;
  let held: Array<() => void> | undefined;

  async function callFunction(params: CallFunctionParams) {
    calls.push(params);
    if (held) await new Promise<void>((resolve) => held?.push(resolve));
    const route = `${params.name}.${params.data.action}`;
    const answer = served[route] ?? answers[route];
    const result = answer?.(params.data) ?? {
      ok: false,
      error: { code: 'NOT_FOUND', message: `${route} is not stubbed` },
    };
    answered += 1;
    return { result };
  }

  beforeAll(() => launchApp({ callFunction }));

  beforeEach(() => {
    calls.length = 0;
    served = {};
    answered = 0;
    held = undefined;
  });

  return {
    calls,
    routes: () => calls.map((call) => `${call.name}.${call.data.action}`),
    get answered() {
      return answered;
    },
    serve: (answers) => {
      served = answers;
    },
    hold: () => {
      held = [];
    },
    get held() {
      return held ?? [];
    },
    release: () => {
      const parked = held ?? [];
      held = undefined;
      parked.forEach((resolve) => resolve());
    },
  };
}
