import { useCallback, useEffect, useState } from 'react';
import Taro from '@tarojs/taro';
import type { ErrorCode } from '../../cloudfunctions/contracts/errors';
import type { FunctionResult } from '../../cloudfunctions/contracts/result';
import { errorMessage } from '../services/error-message';

export interface HelpActionsOptions<T, H, S, O> {
  /** The bargain or assist shown; a new one (or persona) starts with a clean slate. */
  subjectKey: string | undefined;
  /** Resolves once the share-token visit is recorded, so the help is credited to the sharer. */
  ensureVisited: () => Promise<unknown>;
  help: (target: T) => Promise<FunctionResult<H>>;
  /** The view after the help, and what to tell the friend (the cut, their own coupon). */
  afterHelp: (data: H) => { view: T; outcome: O };
  start: (target: T) => Promise<FunctionResult<S>>;
  /** The page of the friend's own bargain or assist, opened after starting it. */
  startedUrl: (data: S) => string;
  set: (view: T) => void;
  refresh: () => void;
}

/**
 * A friend's two taps on a bargain or assist page — help, then start their own — with one
 * call in flight at a time (no double taps) and the outcome or refusal of each kept for the
 * page to show.
 */
export function useHelpActions<T, H, S, O>(options: HelpActionsOptions<T, H, S, O>) {
  const [busy, setBusy] = useState<'help' | 'start' | null>(null);
  const [outcome, setOutcome] = useState<O | null>(null);
  const [helpError, setHelpError] = useState<ErrorCode | null>(null);
  const [startError, setStartError] = useState<string | null>(null);

  // State setters are stable, so this is too.
  const forgetTaps = useCallback(() => {
    setOutcome(null);
    setHelpError(null);
    setStartError(null);
  }, []);
  useEffect(forgetTaps, [options.subjectKey, forgetTaps]);

  const help = async (target: T) => {
    if (busy) return;
    setBusy('help');
    setHelpError(null);
    await options.ensureVisited();
    const result = await options.help(target);
    setBusy(null);
    if (result.ok) {
      const { view, outcome: told } = options.afterHelp(result.data);
      setOutcome(told);
      options.set(view);
    } else {
      setHelpError(result.error.code);
      // The refusal may mean it moved on (completed, expired): show its state now.
      options.refresh();
    }
  };

  const startOwn = async (target: T) => {
    if (busy) return;
    setBusy('start');
    setStartError(null);
    const result = await options.start(target);
    setBusy(null);
    if (result.ok) void Taro.redirectTo({ url: options.startedUrl(result.data) });
    else setStartError(errorMessage(result.error));
  };

  return { busy, outcome, helpError, startError, help, startOwn, forgetTaps };
}
